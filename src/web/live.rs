//! Live counts for staff on a survey's page: responses so far (exact: staff may read every
//! response anyway), codes used of codes made, responses week by week as a small chart drawn
//! on the server (a response carries only its week, never a finer time), and days left.

use chrono::NaiveDate;
use maud::{Markup, html};

use crate::locale;

/// What staff see of a survey as it runs.
pub struct Live {
    pub responses: u64,
    /// Codes made and used, for a survey answered with codes.
    pub codes: Option<(i64, i64)>,
    /// Responses in each week, oldest first.
    pub by_week: Vec<(NaiveDate, i64)>,
    pub closes: Option<NaiveDate>,
}

/// Days from `today` to `closes`, counting the closing day as open.
pub fn days_left(closes: NaiveDate, today: NaiveDate) -> i64 {
    (closes - today).num_days() + 1
}

pub fn panel(live: &Live, today: NaiveDate) -> Markup {
    html! {
        section.live aria-labelledby="live-heading" {
            h2 #live-heading { "So far" }
            ul {
                li { strong { (live.responses) } " " (if live.responses == 1 { "response" } else { "responses" }) " (an exact count, for staff only)" }
                @if let Some((made, used)) = live.codes { li { strong { (used) } " of " (made) " codes used" } }
                @if let Some(closes) = live.closes {
                    li {
                        @match days_left(closes, today) {
                            n if n > 1 => { "Closes on " (locale::date("en", closes)) ": " strong { (n) " days left" } }
                            1 => { "Closes on " (locale::date("en", closes)) ": " strong { "the last day" } }
                            _ => { "Closing date passed: " (locale::date("en", closes)) }
                        }
                    }
                }
            }
            @if !live.by_week.is_empty() { (chart(&live.by_week)) }
        }
    }
}

/// A bar for each week, with its figures as a table beside it for screen readers and print.
fn chart(by_week: &[(NaiveDate, i64)]) -> Markup {
    const BAR: usize = 18;
    const HEIGHT: i64 = 60;
    let most = by_week.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let width = by_week.len() * BAR;
    html! {
        figure.chart {
            svg viewBox={ "0 0 " (width) " " (HEIGHT) } width=(width.max(BAR * 4)) height=(HEIGHT) aria-hidden="true" focusable="false" {
                @for (i, (_, n)) in by_week.iter().enumerate() {
                    @let h = (n * HEIGHT / most).max(1);
                    rect x=(i * BAR + 2) y=(HEIGHT - h) width=(BAR - 4) height=(h) fill="#005a7a" {}
                }
            }
            figcaption { "Responses each week" }
            table.figures {
                thead { tr { th scope="col" { "Week of" } th scope="col" { "Responses" } } }
                tbody {
                    @for (week, n) in by_week { tr { td { (locale::date("en", *week)) } td { (n) } } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_left_count_the_closing_day() {
        let day = |d| NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
        assert_eq!(days_left(day(31), day(29)), 3);
        assert_eq!(days_left(day(31), day(31)), 1);
        assert_eq!(days_left(day(31), day(1) + chrono::Duration::days(31)), 0);
    }
}
