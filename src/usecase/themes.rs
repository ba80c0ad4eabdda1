//! Staff at work on a survey's free-text answers: moving an answer to another theme, approving
//! a quote, and the designated lead marking a concern seen.

use super::Refused;
use crate::store::themes::TextAnswer;
use crate::store::{Db, accounts, concerns, surveys, themes};
use crate::survey::{Keyword, Priority};

fn survey_id(conn: &mut Db, slug: &str) -> Result<String, Refused> {
    Ok(surveys::find(conn, slug)?.ok_or(Refused::NotFound)?.id)
}

/// "priority/theme" as the board names a theme ("" for none): the priority and the theme.
fn coding(value: &str) -> (Option<&str>, Option<&str>) {
    let (priority, theme) = value.split_once('/').unwrap_or((value, ""));
    (Some(priority).filter(|p| Priority::parse(p).is_some()), Some(theme).filter(|t| !t.is_empty()))
}

/// Moves the answers `references` name to the theme `to` ("priority/theme", "" for none), all
/// or none; how many moved.
pub fn move_answers(conn: &mut Db, by: &str, slug: &str, references: &[String], to: &str) -> Result<usize, Refused> {
    let mut chosen: Vec<&str> = references.iter().map(String::as_str).collect();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        return Err(Refused::Conflict("Tick the answers to move first, then choose where they go.".into()));
    }
    let id = survey_id(conn, slug)?;
    let (priority, theme) = coding(to);
    if !themes::recode(conn, &id, &chosen, priority, theme)? {
        let why = "One of the ticked answers is not on this board any more. Go back to the board, \
                   which shows what is there now, and tick them again.";
        return Err(Refused::Conflict(why.into()));
    }
    let to = if to.is_empty() { "no priority" } else { to };
    let what = format!("{slug}: {} to {to}", chosen.len());
    accounts::audit(conn, Some(by), "moved answers to another theme", &what)?;
    Ok(chosen.len())
}

/// Approves the answer `reference` names as a quote (or withdraws it): only an answer not on
/// the concerns list, in a theme at least as big as the survey's threshold.
pub fn set_quote(conn: &mut Db, by: &str, slug: &str, reference: &str, approve: bool) -> Result<(), Refused> {
    let id = survey_id(conn, slug)?;
    let answers = themes::text_answers(conn, &id)?;
    let answer = answers.iter().find(|a| a.reference == reference).ok_or(Refused::NotFound)?;
    let threshold = surveys::threshold_of(conn, &id)?;
    let size = themes::theme_sizes(conn, &id)?.get(&answer.theme()).copied().unwrap_or(0);
    if approve && answer.flagged {
        let why = "This answer is on the concerns list, so it is never quoted or published.";
        return Err(Refused::Conflict(why.into()));
    }
    if approve && size < threshold {
        let why = format!("This theme has fewer than {threshold} answers, so none of them can be quoted yet.");
        return Err(Refused::Conflict(why));
    }
    themes::set_quote(conn, &id, reference, approve.then_some(by))?;
    let what = if approve { "approved a quote" } else { "withdrew a quote's approval" };
    accounts::audit(conn, Some(by), what, slug)?;
    Ok(())
}

/// The designated lead marks the concern `reference` names seen, with a note.
pub fn mark_concern_seen(conn: &mut Db, by: &str, reference: &str, note: Option<&str>) -> Result<(), Refused> {
    if !concerns::mark_seen(conn, reference, by, note)? {
        return Err(Refused::NotFound);
    }
    accounts::audit(conn, Some(by), "marked a concern seen", note.unwrap_or(""))?;
    Ok(())
}

/// Which of a survey's free-text answers the themes board shows, as its address says:
/// `?q=words&theme=priority/theme&question=id&page=2`. Anything left out (or not understood)
/// means all, and page 1.
#[derive(Debug, Default, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct BoardQuery {
    /// Words each answer shown contains, in any order and any case.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// One theme, as [`theme_key`] names it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub theme: String,
    /// One question's answers, by its id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub page: String,
}

impl BoardQuery {
    /// Each field by the name its address and forms give it, with its value.
    pub fn fields(&self) -> [(&'static str, &str); 4] {
        [("q", &self.q), ("theme", &self.theme), ("question", &self.question), ("page", &self.page)]
    }

    /// Sets the field `key` names to `value`; false if `key` is none of its fields.
    pub fn set(&mut self, key: &str, value: String) -> bool {
        let field = match key {
            "q" => &mut self.q,
            "theme" => &mut self.theme,
            "question" => &mut self.question,
            "page" => &mut self.page,
            _ => return false,
        };
        *field = value;
        true
    }
}

/// How many answers the board shows at a time.
pub const PER_PAGE: usize = 25;

/// One page of the board.
#[derive(Debug)]
pub struct BoardPage<'a> {
    /// The answers on this page, theme by theme.
    pub shown: Vec<&'a TextAnswer>,
    /// How many answers match, on every page.
    pub matching: usize,
    /// This page's number (from 1) and how many pages there are (at least 1).
    pub page: usize,
    pub pages: usize,
}

/// How the board's filter and the move form name a theme: "priority/theme", with either
/// empty where the answer has none ("home/" is home in general, "/" no priority found).
pub fn theme_key((priority, theme): &(String, String)) -> String {
    format!("{priority}/{theme}")
}

/// The page of `answers` that `query` asks for: those that match, theme by theme (in the
/// order the board lists themes), `per_page` at a time.
pub fn board_page<'a>(answers: &'a [TextAnswer], query: &BoardQuery, per_page: usize) -> BoardPage<'a> {
    let words: Vec<String> = query.q.split_whitespace().map(str::to_lowercase).collect();
    let mut matching: Vec<(_, &TextAnswer)> = answers
        .iter()
        .filter(|a| query.question.is_empty() || a.question_id == query.question)
        .map(|a| (a.theme(), a))
        .filter(|(theme, _)| query.theme.is_empty() || theme_key(theme) == query.theme)
        .filter(|(_, a)| {
            let text = a.text.to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();
    matching.sort_by(|(a, _), (b, _)| a.cmp(b));
    let pages = matching.len().div_ceil(per_page).max(1);
    let page = query.page.trim().parse::<usize>().unwrap_or(1).clamp(1, pages);
    let shown = matching.iter().skip((page - 1) * per_page).take(per_page).map(|(_, a)| *a).collect();
    BoardPage { shown, matching: matching.len(), page, pages }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(reference: &str, question: &str, text: &str, priority: Option<&str>, theme: Option<&str>) -> TextAnswer {
        TextAnswer {
            reference: reference.into(),
            question_id: question.into(),
            text: text.into(),
            priority: priority.map(String::from),
            themes: theme.map(String::from).into_iter().collect(),
            quote: None,
            flagged: false,
        }
    }

    fn answers() -> Vec<TextAnswer> {
        vec![
            answer("a", "one-wish", "More trips out at the weekend", Some("relationships"), Some("activities")),
            answer("b", "one-wish", "A bigger bedroom", Some("home"), None),
            answer("c", "worries", "Exams at school", Some("education"), Some("exams")),
            answer("d", "one-wish", "trips to the SEASIDE", Some("relationships"), Some("activities")),
            answer("e", "worries", "nothing", None, None),
        ]
    }

    fn shown(page: &BoardPage<'_>) -> Vec<String> {
        page.shown.iter().map(|a| a.reference.clone()).collect()
    }

    fn query(q: &str, theme: &str, question: &str, page: &str) -> BoardQuery {
        BoardQuery { q: q.into(), theme: theme.into(), question: question.into(), page: page.into() }
    }

    #[test]
    fn the_board_lists_answers_theme_by_theme_and_filters_by_theme_question_and_words() {
        let all = answers();
        // No priority found first, then each priority's themes in order; answers keep their order.
        assert_eq!(shown(&board_page(&all, &BoardQuery::default(), 25)), ["e", "c", "b", "a", "d"]);
        assert_eq!(shown(&board_page(&all, &query("", "relationships/activities", "", ""), 25)), ["a", "d"]);
        assert_eq!(shown(&board_page(&all, &query("", "home/", "", ""), 25)), ["b"]);
        assert_eq!(shown(&board_page(&all, &query("", "/", "", ""), 25)), ["e"]);
        assert_eq!(shown(&board_page(&all, &query("", "", "worries", ""), 25)), ["e", "c"]);
        // Every word, in any case and order.
        assert_eq!(shown(&board_page(&all, &query("Seaside TRIPS", "", "", ""), 25)), ["d"]);
        assert_eq!(shown(&board_page(&all, &query("trips", "", "one-wish", ""), 25)), ["a", "d"]);
        assert_eq!(board_page(&all, &query("trips", "education/exams", "", ""), 25).matching, 0);
    }

    #[test]
    fn the_board_pages_through_what_matches_and_a_page_out_of_range_shows_the_nearest() {
        let all = answers();
        let second = board_page(&all, &query("", "", "", "2"), 2);
        assert_eq!(
            (shown(&second), second.matching, second.page, second.pages),
            (vec!["b".into(), "a".into()], 5, 2, 3)
        );
        assert_eq!(shown(&board_page(&all, &query("", "", "", "3"), 2)), ["d"]);
        assert_eq!(board_page(&all, &query("", "", "", "99"), 2).page, 3);
        assert_eq!(board_page(&all, &query("", "", "", "nonsense"), 2).page, 1);
        let none = board_page(&all, &query("zebra", "", "", "4"), 2);
        assert_eq!((none.shown.len(), none.page, none.pages), (0, 1, 1));
    }
}
