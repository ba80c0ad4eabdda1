//! The word lists in `lexicons/`: embedded in the binary, or read from a folder so staff can
//! try changes without a rebuild.

use std::path::Path;

/// The text of every list.
pub struct Lexicons {
    pub first_names: String,
    pub surnames: String,
    pub ambiguous_names: String,
    pub places: String,
    /// Schools, colleges and children's homes by name, one per line.
    pub schools: String,
    /// Sports clubs whose names may also be people's.
    pub clubs: String,
    /// Words of concern, one list per language: (language, its text).
    pub concern: Vec<(String, String)>,
    pub themes: String,
}

const FILES: [&str; 7] =
    ["first-names.txt", "surnames.txt", "ambiguous-names.txt", "places.txt", "schools.txt", "clubs.txt", "themes.txt"];

/// Each language's list of words of concern, as built into the binary.
const CONCERN: [(&str, &str); 8] = [
    ("en", include_str!("../../lexicons/concern/en.txt")),
    ("ar", include_str!("../../lexicons/concern/ar.txt")),
    ("bn", include_str!("../../lexicons/concern/bn.txt")),
    ("lt", include_str!("../../lexicons/concern/lt.txt")),
    ("pl", include_str!("../../lexicons/concern/pl.txt")),
    ("pt", include_str!("../../lexicons/concern/pt.txt")),
    ("tr", include_str!("../../lexicons/concern/tr.txt")),
    ("zh", include_str!("../../lexicons/concern/zh.txt")),
];

impl Lexicons {
    /// The lists as they were when this binary was built.
    pub fn embedded() -> Lexicons {
        Lexicons {
            first_names: include_str!("../../lexicons/first-names.txt").into(),
            surnames: include_str!("../../lexicons/surnames.txt").into(),
            ambiguous_names: include_str!("../../lexicons/ambiguous-names.txt").into(),
            places: include_str!("../../lexicons/places.txt").into(),
            schools: include_str!("../../lexicons/schools.txt").into(),
            clubs: include_str!("../../lexicons/clubs.txt").into(),
            concern: CONCERN.iter().map(|(lang, text)| (lang.to_string(), text.to_string())).collect(),
            themes: include_str!("../../lexicons/themes.txt").into(),
        }
    }

    /// The lists in `dir`, each file named as in `lexicons/` (words of concern in
    /// `concern/<language>.txt`, one for each language).
    pub fn from_dir(dir: &Path) -> anyhow::Result<Lexicons> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("{}: cannot read this word list: {e}", path.display()))
        };
        let [first_names, surnames, ambiguous_names, places, schools, clubs, themes] = FILES.map(read);
        let concern = CONCERN
            .iter()
            .map(|(lang, _)| Ok((lang.to_string(), read(&format!("concern/{lang}.txt"))?)))
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(Lexicons {
            first_names: first_names?,
            surnames: surnames?,
            ambiguous_names: ambiguous_names?,
            places: places?,
            schools: schools?,
            clubs: clubs?,
            concern,
            themes: themes?,
        })
    }
}

/// The entries of a list: whitespace-separated, `#` to the end of a line is a comment.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|l| l.split('#').next().unwrap_or("")).flat_map(str::split_whitespace)
}

/// The entries of a list of phrases: one per line, `#` to the end of a line is a comment.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
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
