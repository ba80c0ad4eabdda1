//! The word lists in `lexicons/`: embedded in the binary, or read from a folder so staff can
//! try changes without a rebuild.

use std::path::Path;

/// The text of every list.
pub struct Lexicons {
    pub first_names: String,
    pub surnames: String,
    pub ambiguous_names: String,
    pub places: String,
    pub concern: String,
    pub themes: String,
}

const FILES: [&str; 6] =
    ["first-names.txt", "surnames.txt", "ambiguous-names.txt", "places.txt", "concern.txt", "themes.txt"];

impl Lexicons {
    /// The lists as they were when this binary was built.
    pub fn embedded() -> Lexicons {
        Lexicons {
            first_names: include_str!("../../lexicons/first-names.txt").into(),
            surnames: include_str!("../../lexicons/surnames.txt").into(),
            ambiguous_names: include_str!("../../lexicons/ambiguous-names.txt").into(),
            places: include_str!("../../lexicons/places.txt").into(),
            concern: include_str!("../../lexicons/concern.txt").into(),
            themes: include_str!("../../lexicons/themes.txt").into(),
        }
    }

    /// The lists in `dir`, each file named as in `lexicons/`.
    pub fn from_dir(dir: &Path) -> anyhow::Result<Lexicons> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("{}: cannot read this word list: {e}", path.display()))
        };
        let [first_names, surnames, ambiguous_names, places, concern, themes] = FILES.map(read);
        Ok(Lexicons {
            first_names: first_names?,
            surnames: surnames?,
            ambiguous_names: ambiguous_names?,
            places: places?,
            concern: concern?,
            themes: themes?,
        })
    }
}

/// The entries of a list: whitespace-separated, `#` to the end of a line is a comment.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|l| l.split('#').next().unwrap_or("")).flat_map(str::split_whitespace)
}

/// A list in sections: `[name]` lines start a section, every other non-empty line is one
/// phrase in it. Returns (section, the line its header is on, phrase) in file order.
pub fn sections(text: &str) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    let mut section = (String::new(), 0);
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = (name.trim().to_string(), n + 1);
        } else if !line.is_empty() {
            out.push((section.0.clone(), section.1, line.to_lowercase()));
        }
    }
    out
}
