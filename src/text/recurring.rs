//! The words that recur across a group of answers, for the themes board.

use std::collections::{HashMap, HashSet};

use super::words::words;

/// Short, common words that say nothing about what an answer is about.
const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "also", "always", "and", "are", "because", "been", "but", "can", "could", "dont",
    "don't", "even", "ever", "for", "from", "get", "have", "help", "into", "its", "it's", "just", "know", "like",
    "lot", "make", "more", "much", "need", "not", "now", "only", "other", "really", "some", "than", "that", "the",
    "them", "then", "there", "they", "thing", "things", "think", "this", "very", "want", "was", "were", "what", "when",
    "where", "which", "who", "will", "with", "would", "you", "your", "i'm", "i've", "can't", "won't",
    // What redaction leaves in place of a name, phone number and so on.
    "name", "phone", "email", "address", "postcode",
];

/// Words (three letters or more, not [`STOP_WORDS`]) found in at least `min_answers` of
/// `answers`, the most widespread first, each with how many answers have it.
pub fn recurring_words(answers: &[&str], min_answers: usize) -> Vec<(String, usize)> {
    let mut found: HashMap<String, usize> = HashMap::new();
    for answer in answers {
        let distinct: HashSet<String> = words(answer)
            .into_iter()
            .map(|w| w.lower)
            .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
            .collect();
        for word in distinct {
            *found.entry(word).or_default() += 1;
        }
    }
    let mut recurring: Vec<(String, usize)> = found.into_iter().filter(|(_, n)| *n >= min_answers.max(2)).collect();
    recurring.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    recurring.truncate(10);
    recurring
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_enough_answers_recur_most_widespread_first() {
        let answers = ["More trips out", "trips trips to the beach", "More pocket money", "Trips and money", "pizza"];
        assert_eq!(recurring_words(&answers, 2), [("trips".to_string(), 3), ("money".to_string(), 2)]);
        assert!(recurring_words(&answers, 4).is_empty());
    }
}
