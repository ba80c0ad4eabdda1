//! Single-use codes for the cards handed to children: made from letters and digits that can't
//! be mistaken for each other, typed in any case with or without the dash, kept only as a
//! salted SHA-256 hash.

use rand::Rng;
use sha2::{Digest, Sha256};

/// No 0/O, no 1/I/L.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH: usize = 8;

/// SHA-256 of `text`, in hex: how codes, sign-in tokens and session secrets are stored.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A code in its canonical form: 8 characters from [`ALPHABET`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Code(String);

impl Code {
    pub fn generate() -> Code {
        let mut rng = rand::rng();
        Code((0..LENGTH).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect())
    }

    /// Reads a code as a child might type it: any case, spaces or dashes anywhere.
    pub fn parse(typed: &str) -> Option<Code> {
        let canonical: String =
            typed.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        (canonical.len() == LENGTH && canonical.bytes().all(|b| ALPHABET.contains(&b))).then_some(Code(canonical))
    }

    /// Salted SHA-256, hex: the only form in which a code is stored.
    pub fn hash(&self, salt: &str) -> String {
        sha256_hex(&format!("{salt}{}", self.0))
    }
}

impl std::fmt::Display for Code {
    /// As printed on a card: `K7QX-M3PA`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_avoid_lookalikes_and_read_back_however_typed() {
        for _ in 0..500 {
            let code = Code::generate();
            let shown = code.to_string();
            assert_eq!(shown.len(), 9);
            assert!(!shown.contains(['0', 'O', '1', 'I', 'L']));
            assert_eq!(Code::parse(&shown), Some(code.clone()));
            assert_eq!(Code::parse(&shown.to_lowercase().replace('-', " ")), Some(code.clone()));
        }
        assert_eq!(Code::parse("k7qx m3pa"), Code::parse("K7QX-M3PA"));
        assert_eq!(Code::parse("K7QX-M3P"), None);
        assert_eq!(Code::parse("K7QX-M3P0"), None);
    }

    #[test]
    fn the_hash_depends_on_the_salt() {
        let code = Code::parse("K7QX-M3PA").unwrap();
        assert_eq!(code.hash("a").len(), 64);
        assert_ne!(code.hash("a"), code.hash("b"));
        assert!(!code.hash("a").contains("K7QX"));
    }
}
