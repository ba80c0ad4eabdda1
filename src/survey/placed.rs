//! Where in a survey file each problem is: the dotted path of the field it is about
//! (`questions.2.text`), so the designer can show it beside that field.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Problem;
use super::fields::Said;

/// One of `check`'s messages and the field it is about ("" for the survey as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub path: String,
    pub message: String,
    pub said: Said,
}

/// Places each problem on the deepest key of `source` whose key or value holds it, or on the
/// missing key it names.
pub(super) fn place(source: &str, problems: &[Problem]) -> Vec<Placed> {
    let document = DeTable::parse(source).expect("the design's own file is TOML");
    problems
        .iter()
        .map(|p| {
            let mut path = Vec::new();
            // An empty span at the very start is a key missing from the survey itself.
            if !(p.span.is_empty() && p.span.start == 0) {
                walk_table(document.get_ref(), &p.span, &mut path);
            }
            path.extend(p.missing.clone());
            Placed { path: path.join("."), message: p.message.clone(), said: p.said }
        })
        .collect()
}

fn holds(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Whether `span` is in this table; if so, `path` ends with the deepest key that holds it.
fn walk_table(table: &DeTable<'_>, span: &Range<usize>, path: &mut Vec<String>) -> bool {
    for (key, value) in table {
        path.push(key.get_ref().to_string());
        if holds(&key.span(), span) || walk_value(value, span, path) {
            return true;
        }
        path.pop();
    }
    false
}

/// Whether `span` is in this value. A `[[questions]]` table's own span is only its header, so
/// its entries are searched too; entries of a plain list belong to the list.
fn walk_value(value: &Spanned<DeValue<'_>>, span: &Range<usize>, path: &mut Vec<String>) -> bool {
    match value.get_ref() {
        DeValue::Table(table) if walk_table(table, span, path) => return true,
        DeValue::Array(items) => {
            for (index, item) in items.iter().enumerate().filter(|(_, item)| item.get_ref().is_table()) {
                path.push(index.to_string());
                if walk_value(item, span, path) {
                    return true;
                }
                path.pop();
            }
        }
        _ => {}
    }
    holds(&value.span(), span)
}
