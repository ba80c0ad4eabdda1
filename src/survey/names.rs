//! Names made from people's words: a question's id from its text, a survey's slug from its
//! title, in lower-case Latin letters, digits and dashes.

/// A question's id from the telling words of its text ("Do you feel safe?" → "feel-safe"),
/// other scripts written in Latin letters first ("Mój dom" → "moj-dom"); None when nothing is
/// left of it in a–z, 0–9.
pub fn id_from(text: &str) -> Option<String> {
    let words = latin_words(text);
    let telling: Vec<&str> = words.iter().map(String::as_str).filter(|w| !LITTLE_WORDS.contains(w)).collect();
    let chosen: Vec<&str> = if telling.is_empty() { words.iter().map(String::as_str).collect() } else { telling };
    (!chosen.is_empty()).then(|| chosen[..chosen.len().min(4)].join("-"))
}

/// A survey's slug from the first words of its title, all of them ("Our say on health" →
/// "our-say-on-health"): a title is a name, read whole.
pub fn slug_from(title: &str) -> Option<String> {
    let words = latin_words(title);
    (!words.is_empty()).then(|| words[..words.len().min(5)].join("-"))
}

/// The words of `text` in lower-case Latin letters and digits.
fn latin_words(text: &str) -> Vec<String> {
    let latin = deunicode::deunicode(text).to_ascii_lowercase();
    latin.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
}

/// Words that tell nothing about what a question asks, left out of the ids made from it, so
/// "Do you know who your social worker is?" is `know-social-worker`, not `do-you-know-who-your`.
const LITTLE_WORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "any", "are", "at", "be", "can", "could", "did", "do", "does", "for", "from",
    "has", "have", "how", "i", "if", "in", "is", "it", "me", "my", "of", "on", "or", "our", "so", "that", "the",
    "there", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "would", "you",
    "your",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::is_id;

    #[test]
    fn ids_come_from_titles_in_any_script() {
        assert_eq!(id_from("Do you feel safe?").as_deref(), Some("feel-safe"));
        assert_eq!(id_from("Do you know who your social worker is?").as_deref(), Some("know-social-worker"));
        assert_eq!(id_from("How are you?").as_deref(), Some("how-are-you"), "all little words: kept");
        assert_eq!(slug_from("Our say on health").as_deref(), Some("our-say-on-health"), "a title is read whole");
        assert_eq!(id_from("Mój dom").as_deref(), Some("moj-dom"));
        assert_eq!(id_from("Kaip sekasi?").as_deref(), Some("kaip-sekasi"));
        assert!(id_from("الوعد الكبير").is_some_and(|id| is_id(&id)), "Arabic is written in Latin letters");
        assert!(id_from("我的家").is_some_and(|id| is_id(&id)));
        assert_eq!(id_from("?!"), None);
    }
}
