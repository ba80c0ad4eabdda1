//! How each language's text is cut into words for matching words of concern, normalised the
//! way children type it: txt spelling and dropped g's in English ("wanna", "cuttin"), missing
//! accents in Polish, Lithuanian, Portuguese and Turkish ("boje sie"), the many forms of
//! Arabic letters (hamza and alef forms, taa marbuta, diacritics, tatweel), Bengali letters
//! typed in two ways, traditional Chinese characters; then stemmed where a Snowball stemmer
//! exists (English, Portuguese, Arabic). Chinese, written without spaces, is matched
//! character by character.

use rust_stemmers::{Algorithm, Stemmer};

/// The languages words of concern are looked for in: every language ourvoice speaks.
pub const LANGUAGES: [&str; 8] = ["en", "ar", "bn", "lt", "pl", "pt", "tr", "zh"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Bengali,
    Han,
}

/// One word of a text as matched: its normalised form (for `word*` prefixes) and its stems
/// (its own, and any spelling it may stand for).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub form: String,
    pub stems: Vec<String>,
}

pub struct Language {
    pub tag: &'static str,
    script: Script,
    stemmer: Option<Stemmer>,
}

/// English txt spelling and run-together words, as what they stand for.
const TXT: &[(&str, &str)] = &[
    ("u", "you"),
    ("ur", "your"),
    ("r", "are"),
    ("im", "i'm"),
    ("ive", "i've"),
    ("id", "i'd"),
    ("dont", "don't"),
    ("didnt", "didn't"),
    ("havent", "haven't"),
    ("hadnt", "hadn't"),
    ("hasnt", "hasn't"),
    ("theres", "there's"),
    ("doesnt", "doesn't"),
    ("cant", "can't"),
    ("wont", "won't"),
    ("isnt", "isn't"),
    ("wasnt", "wasn't"),
    ("aint", "isn't"),
    ("wouldnt", "wouldn't"),
    ("couldnt", "couldn't"),
    ("shouldnt", "shouldn't"),
    ("hes", "he's"),
    ("shes", "she's"),
    ("theyre", "they're"),
    ("thats", "that's"),
    ("whats", "what's"),
    ("wanna", "want to"),
    ("wana", "want to"),
    ("gonna", "going to"),
    ("gotta", "got to"),
    ("hafta", "have to"),
    ("kinda", "kind of"),
    ("dunno", "don't know"),
    ("gimme", "give me"),
    ("lemme", "let me"),
    ("cuz", "because"),
    ("coz", "because"),
    ("cos", "because"),
    ("bc", "because"),
    ("bcoz", "because"),
    ("becoz", "because"),
    ("nite", "night"),
    ("tonite", "tonight"),
    ("2nite", "tonight"),
    ("2day", "today"),
    ("agen", "again"),
    ("agn", "again"),
    ("sum1", "someone"),
    ("some1", "someone"),
    ("no1", "no one"),
    ("noone", "no one"),
    ("any1", "anyone"),
    ("every1", "everyone"),
    ("evry", "every"),
    ("evryone", "everyone"),
    ("evrything", "everything"),
    ("sumtimes", "sometimes"),
    ("sumthing", "something"),
    ("smth", "something"),
    ("wen", "when"),
    ("wiv", "with"),
    ("wid", "with"),
    ("b4", "before"),
    ("ppl", "people"),
    ("pls", "please"),
    ("plz", "please"),
    ("rly", "really"),
    ("tho", "though"),
    ("bf", "boyfriend"),
    ("gf", "girlfriend"),
    ("bro", "brother"),
    ("sis", "sister"),
    ("stepdad", "step dad"),
    ("stepmum", "step mum"),
    ("stepmom", "step mum"),
    ("myslef", "myself"),
    ("mysef", "myself"),
    ("wat", "what"),
    ("wot", "what"),
    ("hav", "have"),
    ("kil", "kill"),
    ("kiling", "killing"),
];

/// Traditional characters the Chinese list is written with in their simplified form.
const TRADITIONAL: &[(char, char)] = &[
    ('殺', '杀'),
    ('傷', '伤'),
    ('媽', '妈'),
    ('們', '们'),
    ('親', '亲'),
    ('會', '会'),
    ('說', '说'),
    ('來', '来'),
    ('這', '这'),
    ('讓', '让'),
    ('對', '对'),
    ('沒', '没'),
    ('還', '还'),
    ('麼', '么'),
    ('個', '个'),
    ('裡', '里'),
    ('嗎', '吗'),
    ('愛', '爱'),
    ('覺', '觉'),
    ('開', '开'),
    ('關', '关'),
    ('門', '门'),
    ('錢', '钱'),
    ('藥', '药'),
    ('餓', '饿'),
    ('飯', '饭'),
    ('機', '机'),
    ('給', '给'),
    ('歲', '岁'),
    ('邊', '边'),
    ('與', '与'),
    ('無', '无'),
    ('為', '为'),
    ('學', '学'),
    ('險', '险'),
    ('懼', '惧'),
    ('嚇', '吓'),
    ('淚', '泪'),
    ('難', '难'),
    ('過', '过'),
    ('著', '着'),
    ('臉', '脸'),
    ('頭', '头'),
    ('體', '体'),
    ('見', '见'),
    ('聽', '听'),
    ('罵', '骂'),
    ('騙', '骗'),
    ('錄', '录'),
    ('視', '视'),
    ('頻', '频'),
    ('網', '网'),
    ('發', '发'),
    ('脫', '脱'),
    ('強', '强'),
    ('姦', '奸'),
    ('飽', '饱'),
    ('餵', '喂'),
    ('鎖', '锁'),
    ('從', '从'),
    ('壞', '坏'),
    ('兒', '儿'),
    ('爺', '爷'),
    ('後', '后'),
    ('繼', '继'),
    ('條', '条'),
    ('當', '当'),
    ('時', '时'),
    ('麗', '丽'),
    ('離', '离'),
    ('動', '动'),
    ('種', '种'),
    ('點', '点'),
    ('幫', '帮'),
    ('經', '经'),
    ('驚', '惊'),
    ('應', '应'),
    ('該', '该'),
    ('歡', '欢'),
    ('結', '结'),
    ('東', '东'),
    ('賣', '卖'),
    ('帶', '带'),
    ('處', '处'),
    ('聯', '联'),
    ('係', '系'),
    ('話', '话'),
    ('問', '问'),
    ('題', '题'),
    ('裏', '里'),
];

fn script_of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => Some(Script::Latin),
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            Some(Script::Arabic)
        }
        '\u{0980}'..='\u{09FF}' => Some(Script::Bengali),
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => Some(Script::Han),
        _ => None,
    }
}

/// Arabic as matched: no diacritics or tatweel, one alef, ha for taa marbuta, ya for alef
/// maqsura, and hamza carriers as their plain letters.
fn arabic(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            'ئ' => 'ي',
            other => other,
        })
        .collect()
}

/// Bengali as matched: no zero-width joiners or chandrabindu (often left out), and the
/// letters with a dot below in one form.
fn bengali(text: &str) -> String {
    text.replace(['\u{200C}', '\u{200D}', '\u{0981}'], "")
        .replace("\u{09AF}\u{09BC}", "\u{09DF}")
        .replace("\u{09A1}\u{09BC}", "\u{09DC}")
        .replace("\u{09A2}\u{09BC}", "\u{09DD}")
}

impl Language {
    pub fn new(tag: &'static str) -> Language {
        let (script, algorithm) = match tag {
            "en" => (Script::Latin, Some(Algorithm::English)),
            "pt" => (Script::Latin, Some(Algorithm::Portuguese)),
            "ar" => (Script::Arabic, Some(Algorithm::Arabic)),
            "bn" => (Script::Bengali, None),
            "zh" => (Script::Han, None),
            _ => (Script::Latin, None),
        };
        Language { tag, script, stemmer: algorithm.map(Stemmer::create) }
    }

    /// Whether this language is written in Latin letters.
    pub fn latin(&self) -> bool {
        self.script == Script::Latin
    }

    /// Whether `text` has any letter of this language's script.
    pub fn applies(&self, text: &str) -> bool {
        text.chars().any(|c| script_of(c) == Some(self.script))
    }

    /// How far `..` in a phrase may reach, in words (in characters for Chinese).
    pub fn gap(&self) -> usize {
        if self.script == Script::Han { 4 } else { 2 }
    }

    /// A word as matched by a `word*` prefix: lower case, and for Latin scripts without accents
    /// (Turkish dotted and dotless i first made lower case the Turkish way).
    pub fn form(&self, word: &str) -> String {
        match self.script {
            // Most words children write are plain ASCII: lower case is all they need (not in
            // Turkish, where `I` is the dotless `ı`).
            Script::Latin if word.is_ascii() && self.tag != "tr" => word.to_ascii_lowercase(),
            Script::Latin => {
                let lower: String = if self.tag == "tr" {
                    word.chars()
                        .map(|c| {
                            if c == 'İ' {
                                'i'
                            } else if c == 'I' {
                                'ı'
                            } else {
                                c
                            }
                        })
                        .collect()
                } else {
                    word.to_string()
                };
                deunicode::deunicode(&lower.to_lowercase().replace('’', "'"))
            }
            Script::Arabic => arabic(word),
            Script::Bengali => bengali(word),
            Script::Han => {
                word.chars().map(|c| TRADITIONAL.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s)).collect()
            }
        }
    }

    /// A word's stem: its form, stemmed where this language has a stemmer.
    pub fn stem(&self, word: &str) -> String {
        self.stem_form(self.form(word))
    }

    /// The stem of a word already in its [`Language::form`].
    fn stem_form(&self, form: String) -> String {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(&form).into_owned(),
            None => form,
        }
    }

    /// The words of `text` that are in this language's script, as written (each Chinese
    /// character a word).
    fn words(&self, text: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let flush = |word: &mut String, words: &mut Vec<String>| {
            let trimmed = word.trim_matches(|c| matches!(c, '\'' | '’' | '-'));
            if !trimmed.is_empty() {
                words.push(trimmed.to_string());
            }
            word.clear();
        };
        for c in text.chars() {
            match script_of(c) {
                Some(Script::Han) if self.script == Script::Han => {
                    flush(&mut word, &mut words);
                    words.push(c.to_string());
                }
                Some(script) if script == self.script => word.push(c),
                // Marks within a word (Bengali's vowel signs and virama, Arabic's diacritics).
                None if !word.is_empty() && (is_mark(c) || c.is_ascii_digit()) => word.push(c),
                // Inside a word an apostrophe or a hyphen keeps it whole ("don't", "self-harm"),
                // but a Portuguese clitic is a word of its own ("bate-me").
                None if !word.is_empty() && matches!(c, '\'' | '’') => word.push(c),
                None if !word.is_empty() && c == '-' && self.tag != "pt" => word.push(c),
                _ => flush(&mut word, &mut words),
            }
        }
        flush(&mut word, &mut words);
        words
    }

    /// The [`Language::form`] of each word of `text` in this language's script.
    pub fn forms(&self, text: &str) -> Vec<String> {
        self.words(text).iter().map(|w| self.form(w)).collect()
    }

    /// The words of `text` that are in this language's script, normalised and stemmed; txt
    /// spelling spelt out in English; each Chinese character a word.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        for word in self.words(text) {
            self.push_word(&word, &mut tokens);
        }
        tokens
    }

    fn push_word(&self, word: &str, tokens: &mut Vec<Token>) {
        let form = self.form(word);
        if self.script == Script::Han {
            tokens.push(Token { stems: vec![form.clone()], form });
            return;
        }
        if self.tag == "en"
            && let Some((_, meant)) = TXT.iter().find(|(typed, _)| *typed == form)
        {
            for part in meant.split(' ') {
                tokens.push(Token { form: part.to_string(), stems: vec![self.stem(part)] });
            }
            return;
        }
        let mut stems = vec![self.stem_form(form.clone())];
        // Arabic joins "and" (و) and "so" (ف) to the next word: match the word without it too.
        if self.script == Script::Arabic
            && let Some(rest) = form.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 3)
        {
            stems.push(self.stem(rest));
            tokens.push(Token { form: rest.to_string(), stems });
            return;
        }
        // A dropped g: "cuttin", "cryin", "beatin".
        if self.tag == "en" && form.len() >= 5 && form.ends_with("in") {
            stems.push(self.stem(&format!("{form}g")));
        }
        tokens.push(Token { form, stems });
    }
}

/// Combining marks that belong to the word they follow (Bengali signs, Arabic diacritics and
/// zero-width joiners).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09D7}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(tag: &'static str, text: &str) -> Vec<String> {
        Language::new(tag).tokens(text).into_iter().map(|t| t.form).collect()
    }

    #[test]
    fn each_language_is_cut_into_words_as_children_type_it() {
        assert_eq!(forms("en", "i wanna kms cuz im done"), ["i", "want", "to", "kms", "because", "i'm", "done"]);
        assert!(Language::new("en").tokens("cuttin").iter().any(|t| t.stems.contains(&"cut".to_string())));
        assert_eq!(forms("pl", "Boję się wracać"), ["boje", "sie", "wracac"]);
        assert_eq!(forms("tr", "ÖLMEK İstiyorum"), ["olmek", "istiyorum"]);
        assert_eq!(forms("ar", "زوجُ أمّي يضربني"), ["زوج", "امي", "يضربني"]);
        assert_eq!(forms("zh", "我想死了"), ["我", "想", "死", "了"]);
        assert_eq!(forms("zh", "我想殺了自己"), ["我", "想", "杀", "了", "自", "己"]);
        assert_eq!(forms("bn", "আমি মরতে চাই"), ["আমি", "মরতে", "চাই"]);
        assert!(forms("ar", "hello").is_empty() && forms("en", "你好").is_empty());
    }
}
