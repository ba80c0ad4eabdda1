//! Every rule of `shared/SURVEY_FORMAT.md`: a valid file that uses every feature, then one
//! mutation per rule, each refused at the right line with the key or value named.

use ourvoice::survey::{
    Access, Audience, Condition, Kind, Priority, load_paths, parse_survey, render_problems, to_toml,
};

const BASE: &str = r#"slug = "my-home"
title = "My home"
audience = "11-17"
summary = "Where you live"
intro = """
This survey is about where you live.

We never ask your name.
"""
thanks = "Thank you"
designed_by = ["Promise Ambassadors"]
access = "codes"
opens = 2027-01-10
closes = 2027-03-31
report_threshold = 6
languages = ["en", "pl"]

[[questions]]
id = "age-band"
kind = "choice"
about_you = true
text = "How old are you?"
options = ["11 to 13", "14 to 15", "16 to 17"]

[[questions]]
id = "feel-safe"
kind = "scale"
priority = "home"
outcome = "cared-for"
text = "How safe do you feel where you live?"
labels = ["Not at all", "Not much", "OK", "Quite", "Very"]
help_if = ["1", "2"]

[[questions]]
id = "moved-recently"
kind = "yes_no"
priority = "home"
outcome = "permanence"
text = "Have you moved home in the last year?"

[[questions]]
id = "move-explained"
kind = "yes_no"
priority = "home"
text = "Did someone explain why you were moving?"
show_if = { question = "moved-recently", is = "Yes" }

[[questions]]
id = "activities"
kind = "multi"
priority = "health"
text = "What do you do?"
options = ["Sport", "Music"]
show_if = { question = "feel-safe", any_of = ["4", "5"] }

[[questions]]
id = "change-one-thing"
kind = "text"
priority = "home"
text = "If you could change one thing about where you live, what would it be?"
hint = "Please don't write anyone's name."
max_chars = 500

[translations.pl]
title = "Mój dom"
intro = "Ta ankieta jest o tym, gdzie mieszkasz."
thanks = "Dziękujemy."

[translations.pl.questions.age-band]
text = "Ile masz lat?"
options = ["11 do 13", "14 do 15", "16 do 17"]

[translations.pl.questions.feel-safe]
text = "Jak bezpiecznie się czujesz?"
labels = ["Wcale", "Mało", "OK", "Dość", "Bardzo"]

[translations.pl.questions.moved-recently]
text = "Czy przeprowadziłeś się w ostatnim roku?"

[translations.pl.questions.move-explained]
text = "Czy ktoś wyjaśnił dlaczego?"

[translations.pl.questions.activities]
text = "Co robisz?"
options = ["Sport", "Muzyka"]

[translations.pl.questions.change-one-thing]
text = "Co byś zmienił?"
hint = "Nie pisz imion."
"#;

/// `BASE` with `from` replaced by `to` (which must occur in it).
fn mutate(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "test bug: BASE has no {from:?}");
    BASE.replacen(from, to, 1)
}

fn problems(source: &str) -> Vec<String> {
    match parse_survey(source) {
        Ok(_) => Vec::new(),
        Err(problems) => render_problems("s.toml", source, &problems),
    }
}

/// Asserts the file is refused with a problem on `line` whose message holds every `needle`.
#[track_caller]
fn refused(source: &str, line: usize, needles: &[&str]) {
    let found = problems(source);
    let prefix = format!("s.toml:{line}:");
    assert!(
        found.iter().any(|p| p.starts_with(&prefix) && needles.iter().all(|n| p.contains(n))),
        "expected a problem at line {line} mentioning {needles:?}, got {found:#?}"
    );
}

fn line_of(source: &str, needle: &str) -> usize {
    source.lines().position(|l| l.contains(needle)).expect("needle in source") + 1
}

#[test]
fn the_base_file_is_valid_and_reads_every_field() {
    let survey = parse_survey(BASE).expect("valid");
    assert_eq!(survey.slug, "my-home");
    assert_eq!(survey.audience, Audience::Age11To17);
    assert_eq!(survey.access, Access::Codes);
    assert_eq!(survey.report_threshold, 6);
    assert_eq!(survey.opens.unwrap().to_string(), "2027-01-10");
    assert_eq!(survey.intro_paragraphs(), ["This survey is about where you live.", "We never ask your name."]);
    assert_eq!(survey.questions.len(), 6);
    let q = survey.question("move-explained").unwrap();
    assert_eq!(q.kind, Kind::YesNo);
    assert_eq!(q.show_if.as_ref().unwrap().condition, Condition::Is("Yes".into()));
    assert_eq!(survey.question("feel-safe").unwrap().priority, Some(Priority::Home));
    assert_eq!(survey.question("change-one-thing").unwrap().max_chars, Some(500));
    assert_eq!(survey.question("feel-safe").unwrap().help_if, ["1", "2"]);
    assert_eq!(
        survey.translations["pl"].questions["activities"].options.as_deref(),
        Some(&["Sport".to_string(), "Muzyka".to_string()][..])
    );
}

#[test]
fn defaults_apply_when_optional_keys_are_left_out() {
    let source = "slug = \"abc\"\ntitle = \"T\"\naudience = \"everyone\"\nintro = \"Hi\"\n\n[[questions]]\nid = \"q\"\nkind = \"scale\"\npriority = \"home\"\ntext = \"How?\"\n";
    let survey = parse_survey(source).expect("valid");
    assert_eq!(survey.access, Access::Link);
    assert_eq!(survey.report_threshold, 5);
    assert_eq!(survey.languages, ["en"]);
    assert_eq!(survey.questions[0].scale_labels(), ["Really bad", "Bad", "OK", "Good", "Really good"]);
    assert_eq!(survey.questions[0].max_chars_or_default(), 1000);
}

#[test]
fn the_issue_example_message_is_given_word_for_word() {
    let source =
        mutate("priority = \"home\"\noutcome = \"cared-for\"", "priority = \"homes\"\noutcome = \"cared-for\"");
    let line = line_of(&source, "\"homes\"");
    let expected = format!(
        "s.toml:{line}:12: question \"feel-safe\": unknown priority \"homes\" — expected one of home, education, health, relationships, independence"
    );
    assert!(problems(&source).contains(&expected), "{:#?}", problems(&source));
}

#[test]
fn slug_rules() {
    refused(&mutate("slug = \"my-home\"\n", ""), 1, &["missing key \"slug\""]);
    refused(&mutate("\"my-home\"", "\"My Home\""), 1, &["slug \"My Home\"", "lower-case"]);
    refused(&mutate("\"my-home\"", "\"ab\""), 1, &["slug \"ab\"", "3 to 64"]);
    refused(&mutate("\"my-home\"", &format!("\"{}\"", "a".repeat(65))), 1, &["slug", "3 to 64"]);
    refused(&mutate("\"my-home\"", "7"), 1, &["\"slug\" is a whole number"]);
}

#[test]
fn title_audience_summary_intro_thanks_rules() {
    refused(&mutate("title = \"My home\"\n", ""), 1, &["missing key \"title\""]);
    refused(
        &mutate("\"My home\"", &format!("\"{}\"", "x".repeat(121))),
        2,
        &["\"title\" is 121 characters", "at most 120"],
    );
    refused(&mutate("audience = \"11-17\"\n", ""), 1, &["missing key \"audience\""]);
    refused(
        &mutate("\"11-17\"", "\"teens\""),
        3,
        &["unknown audience \"teens\"", "4-7, 8-11, 11-17, care-leavers, everyone"],
    );
    refused(&mutate("\"Where you live\"", &format!("\"{}\"", "x".repeat(201))), 4, &["\"summary\"", "at most 200"]);
    refused(&mutate("intro = \"\"\"", "intro_text = \"\"\""), 5, &["unknown key \"intro_text\""]);
    refused(&mutate("intro = \"\"\"", "intro_text = \"\"\""), 1, &["missing key \"intro\""]);
    refused(&mutate("thanks = \"Thank you\"", "thanks = \"  \""), 10, &["\"thanks\" is empty"]);
    refused(
        &mutate("thanks = \"Thank you\"", "thanks = \"<b>Thank you</b>\""),
        10,
        &["\"thanks\" holds HTML (<b>)", "plain text"],
    );
    refused(
        &mutate("text = \"How old are you?\"", "text = \"How old<br/>are you?\""),
        line_of(BASE, "How old are you?"),
        &["holds HTML (<br/>)"],
    );
    assert!(parse_survey(&mutate("thanks = \"Thank you\"", "thanks = \"We <3 you, 2 < 3 > 1\"")).is_ok(), "not tags");
}

#[test]
fn designed_by_access_and_dates_rules() {
    refused(
        &mutate("[\"Promise Ambassadors\"]", "\"Promise Ambassadors\""),
        11,
        &["\"designed_by\" is text", "a list"],
    );
    refused(
        &mutate("[\"Promise Ambassadors\"]", "[\"A\", 3]"),
        11,
        &["\"designed_by\" has an entry that is a whole number"],
    );
    refused(&mutate("\"codes\"", "\"code\""), 12, &["unknown access \"code\"", "link, codes"]);
    refused(
        &mutate("opens = 2027-01-10", "opens = \"2027-01-10\""),
        13,
        &["\"opens\" is the text \"2027-01-10\"", "without quotes"],
    );
    refused(&mutate("opens = 2027-01-10", "opens = 2027-01-10T09:00:00"), 13, &["\"opens\"", "a date without quotes"]);
    refused(
        &mutate("closes = 2027-03-31", "closes = 2026-12-31"),
        14,
        &["\"closes\" (2026-12-31) is before \"opens\" (2027-01-10)"],
    );
}

#[test]
fn report_threshold_rules() {
    refused(&mutate("report_threshold = 6", "report_threshold = 2"), 15, &["\"report_threshold\" is 2", "at least 3"]);
    refused(&mutate("report_threshold = 6", "report_threshold = \"6\""), 15, &["\"report_threshold\" is text"]);
    refused(
        &mutate("report_threshold = 6", "report_threshold = 6.5"),
        15,
        &["\"report_threshold\" is a decimal number"],
    );
}

#[test]
fn language_and_translation_rules() {
    refused(&mutate("[\"en\", \"pl\"]", "[\"en\", \"Polish\"]"), 16, &["\"Polish\" is not a language tag"]);
    // A partial translation is no refusal: English is shown for what it lacks, and each gap is
    // listed (as `ourvoice check` warns).
    let gaps = |source: &str| -> Vec<String> {
        let survey = parse_survey(source).unwrap_or_else(|p| panic!("{:?}", render_problems("x.toml", source, &p)));
        survey.untranslated().into_iter().map(|u| format!("{} {}: {}", u.lang, u.path, u.what)).collect()
    };
    assert_eq!(gaps(BASE), Vec::<String>::new(), "the example is translated whole");
    let arabic = gaps(&mutate("[\"en\", \"pl\"]", "[\"en\", \"pl\", \"ar\"]"));
    assert!(arabic.contains(&"ar translations.ar.intro: the introduction".to_string()), "{arabic:?}");
    assert!(arabic.contains(&"ar translations.ar.questions.activities.options: question 5's answers".to_string()));
    assert_eq!(gaps(&mutate("title = \"Mój dom\"\n", "")), ["pl translations.pl.title: the title"]);
    let no_question =
        mutate("[translations.pl.questions.moved-recently]\ntext = \"Czy przeprowadziłeś się w ostatnim roku?\"\n", "");
    assert_eq!(gaps(&no_question), ["pl translations.pl.questions.moved-recently.text: question 3"]);
    refused(
        &mutate("options = [\"Sport\", \"Muzyka\"]", "options = [\"Sport\"]"),
        line_of(BASE, "\"Muzyka\""),
        &["question \"activities\"", "\"options\" has 1 entries but the English question has 2"],
    );
    refused(
        &mutate(
            "text = \"Co robisz?\"",
            "options = [\"Sport\", \"Muzyka\"]\ntext = \"Co robisz?\"\n[translations.pl.questions.nope]\ntext = \"x\"",
        ),
        line_of(BASE, "\"Co robisz?\"") + 2,
        &["there is no question \"nope\" to translate"],
    );
    refused(
        &mutate(
            "text = \"Czy ktoś wyjaśnił dlaczego?\"",
            "text = \"Czy ktoś wyjaśnił dlaczego?\"\noptions = [\"a\", \"b\"]",
        ),
        line_of(BASE, "dlaczego") + 1,
        &["\"options\" is not allowed here", "no options"],
    );
    refused(
        &mutate("labels = [\"Wcale\", \"Mało\", \"OK\", \"Dość\", \"Bardzo\"]", "labels = [\"Wcale\"]"),
        line_of(BASE, "Wcale"),
        &["\"labels\" has 1 entries", "exactly 5"],
    );
    refused(
        &mutate("text = \"Co byś zmienił?\"", "txt = \"Co byś zmienił?\""),
        line_of(BASE, "Co byś"),
        &["unknown key \"txt\"", "did you mean \"text\""],
    );
}

#[test]
fn questions_list_rules() {
    let only_top = &BASE[..BASE.find("[[questions]]").unwrap()];
    refused(only_top, 1, &["missing key \"questions\""]);
    refused(
        &format!("{only_top}questions = []\n"),
        line_of(BASE, "[[questions]]"),
        &["has 0 questions", "between 1 and 60"],
    );
    let one = "[[questions]]\nid = \"q{n}\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Q?\"\n";
    let many: String = (0..61).map(|n| one.replace("{n}", &n.to_string())).collect();
    let source = format!("{}{many}", only_top.replace("languages = [\"en\", \"pl\"]", ""));
    assert!(problems(&source).iter().any(|p| p.contains("has 61 questions")), "{:#?}", problems(&source));
}

#[test]
fn question_id_kind_and_text_rules() {
    refused(
        &mutate("id = \"feel-safe\"\n", ""),
        line_of(BASE, "id = \"feel-safe\"") - 1,
        &["question 2: missing key \"id\""],
    );
    refused(
        &mutate("id = \"feel-safe\"", "id = \"Feel_Safe\""),
        line_of(BASE, "id = \"feel-safe\""),
        &["id \"Feel_Safe\" is not allowed"],
    );
    refused(
        &mutate("id = \"feel-safe\"", &format!("id = \"{}\"", "a".repeat(65))),
        line_of(BASE, "id = \"feel-safe\""),
        &["is not allowed", "at most 64"],
    );
    refused(
        &mutate("id = \"moved-recently\"", "id = \"feel-safe\""),
        line_of(BASE, "id = \"moved-recently\""),
        &["question id \"feel-safe\" is used twice"],
    );
    refused(
        &mutate("kind = \"scale\"", "kind = \"slider\""),
        line_of(BASE, "kind = \"scale\""),
        &["question \"feel-safe\": unknown kind \"slider\"", "scale, choice, multi, yes_no, text"],
    );
    refused(
        &mutate("kind = \"scale\"\n", ""),
        line_of(BASE, "id = \"feel-safe\"") - 1,
        &["question \"feel-safe\": missing key \"kind\""],
    );
    refused(
        &mutate("text = \"How safe do you feel where you live?\"\n", ""),
        line_of(BASE, "id = \"feel-safe\"") - 1,
        &["missing key \"text\""],
    );
    refused(
        &mutate("text = \"How old are you?\"", &format!("text = \"{}\"", "x".repeat(301))),
        line_of(BASE, "How old are you?"),
        &["\"text\" is 301 characters", "at most 300"],
    );
    refused(
        &mutate("hint = \"Please don't write anyone's name.\"", &format!("hint = \"{}\"", "x".repeat(301))),
        line_of(BASE, "hint = \"Please"),
        &["\"hint\" is 301 characters"],
    );
    refused(
        &mutate("text = \"What do you do?\"", "text = \"What do you do?\"\nsize = 3"),
        line_of(BASE, "What do you do?") + 1,
        &["question \"activities\": unknown key \"size\""],
    );
}

#[test]
fn priority_outcome_and_about_you_rules() {
    let no_priority = mutate("priority = \"health\"\n", "");
    refused(
        &no_priority,
        line_of(BASE, "id = \"activities\"") - 1,
        &["question \"activities\": missing key \"priority\""],
    );
    // A general question in the young person's own words ("anything else?") may have none:
    // each answer is sorted under the priority its words are about.
    let general = mutate("kind = \"text\"\npriority = \"home\"\n", "kind = \"text\"\n");
    let survey = parse_survey(&general).unwrap();
    assert_eq!(survey.question("change-one-thing").unwrap().priority, None);
    refused(
        &mutate("outcome = \"cared-for\"", "outcome = \"caredfor\""),
        line_of(BASE, "cared-for"),
        &["unknown outcome \"caredfor\"", "achievement, cared-for, independence-skills"],
    );
    refused(
        &mutate("about_you = true", "about_you = \"yes\""),
        line_of(BASE, "about_you"),
        &["\"about_you\" is text", "true or false"],
    );
    let scale_about_you = mutate("kind = \"scale\"", "kind = \"scale\"\nabout_you = true");
    refused(
        &scale_about_you,
        line_of(&scale_about_you, "kind = \"scale\"") + 1,
        &["\"about_you\" questions must be of kind \"choice\" or \"yes_no\""],
    );
    // An about_you question needs no priority (the base file's age-band has none) but may have one.
    assert!(parse_survey(&mutate("about_you = true", "about_you = true\npriority = \"home\"")).is_ok());
}

#[test]
fn options_labels_and_max_chars_rules() {
    refused(
        &mutate("options = [\"11 to 13\", \"14 to 15\", \"16 to 17\"]\n", ""),
        line_of(BASE, "id = \"age-band\"") - 1,
        &["question \"age-band\": missing key \"options\""],
    );
    refused(
        &mutate("[\"11 to 13\", \"14 to 15\", \"16 to 17\"]", "[\"11 to 13\"]"),
        line_of(BASE, "11 to 13"),
        &["\"options\" has 1 entries", "between 2 and 12"],
    );
    let thirteen: Vec<String> = (1..=13).map(|n| format!("\"o{n}\"")).collect();
    refused(
        &mutate("[\"11 to 13\", \"14 to 15\", \"16 to 17\"]", &format!("[{}]", thirteen.join(", "))),
        line_of(BASE, "11 to 13"),
        &["has 13 entries"],
    );
    refused(
        &mutate("[\"11 to 13\", \"14 to 15\", \"16 to 17\"]", "[\"11 to 13\", \"11 to 13\"]"),
        line_of(BASE, "11 to 13"),
        &["lists \"11 to 13\" twice"],
    );
    refused(
        &mutate(
            "text = \"Have you moved home in the last year?\"",
            "text = \"Have you moved home in the last year?\"\noptions = [\"a\", \"b\"]",
        ),
        line_of(BASE, "moved home") + 1,
        &["\"options\" is not allowed here", "only \"choice\" and \"multi\""],
    );
    refused(
        &mutate(
            "[\"Not at all\", \"Not much\", \"OK\", \"Quite\", \"Very\"]",
            "[\"Not at all\", \"Not much\", \"OK\", \"Quite\"]",
        ),
        line_of(BASE, "Not at all"),
        &["\"labels\" has 4 entries", "exactly 5"],
    );
    refused(
        &mutate(
            "text = \"How old are you?\"",
            "text = \"How old are you?\"\nlabels = [\"a\", \"b\", \"c\", \"d\", \"e\"]",
        ),
        line_of(BASE, "How old are you?") + 1,
        &["\"labels\" is not allowed here"],
    );
    refused(
        &mutate("max_chars = 500", "max_chars = 0"),
        line_of(BASE, "max_chars"),
        &["\"max_chars\" is 0", "1 to 2000"],
    );
    refused(&mutate("max_chars = 500", "max_chars = 2001"), line_of(BASE, "max_chars"), &["\"max_chars\" is 2001"]);
    refused(
        &mutate("text = \"What do you do?\"", "text = \"What do you do?\"\nmax_chars = 10"),
        line_of(BASE, "What do you do?") + 1,
        &["\"max_chars\" is not allowed here"],
    );
}

#[test]
fn help_if_rules() {
    let line = line_of(BASE, "help_if");
    refused(
        &mutate("help_if = [\"1\", \"2\"]", "help_if = [\"1\", \"Bad\"]"),
        line,
        &["help_if: \"Bad\" is not one of this question's answers", "1, 2, 3, 4, 5"],
    );
    refused(
        &mutate("max_chars = 500", "max_chars = 500\nhelp_if = [\"help\"]"),
        line_of(BASE, "max_chars") + 1,
        &["\"help_if\" is not allowed here", "read for concern anyway"],
    );
    refused(
        &mutate(
            "text = \"Have you moved home in the last year?\"",
            "text = \"Have you moved home in the last year?\"\nhelp_if = [\"Maybe\"]",
        ),
        line_of(BASE, "moved home") + 1,
        &["\"Maybe\"", "Yes, No, Not sure"],
    );
    refused(
        &mutate("options = [\"Sport\", \"Music\"]", "options = [\"Sport\", \"Music\"]\nhelp_if = [\"Football\"]"),
        line_of(BASE, "options = [\"Sport\"") + 1,
        &["\"Football\"", "Sport, Music"],
    );
    refused(&mutate("help_if = [\"1\", \"2\"]", "help_if = \"1\""), line, &["help_if"]);
}

#[test]
fn show_if_rules() {
    let line = line_of(BASE, "show_if = { question = \"moved-recently\"");
    refused(
        &mutate("is = \"Yes\"", "is = \"Maybe\""),
        line,
        &["show_if: \"Maybe\" is not an answer of question \"moved-recently\"", "\"Yes\", \"No\", \"Not sure\""],
    );
    refused(
        &mutate("question = \"moved-recently\", is", "question = \"change-one-thing\", is"),
        line,
        &["there is no earlier question \"change-one-thing\"", "only point backwards"],
    );
    refused(
        &mutate("question = \"moved-recently\", is", "question = \"move-explained\", is"),
        line,
        &["is this question itself"],
    );
    refused(
        &mutate("question = \"moved-recently\", is", "question = \"nope\", is"),
        line,
        &["no earlier question \"nope\""],
    );
    refused(
        &mutate("is = \"Yes\"", "is = \"Yes\", any_of = [\"No\"]"),
        line,
        &["either \"is\" or \"any_of\", not both"],
    );
    refused(&mutate(", is = \"Yes\"", ""), line, &["missing \"is\" or \"any_of\""]);
    refused(&mutate("is = \"Yes\"", "iz = \"Yes\""), line, &["unknown key \"iz\"", "did you mean \"is\""]);
    let any_line = line_of(BASE, "any_of = [\"4\", \"5\"]");
    refused(
        &mutate("any_of = [\"4\", \"5\"]", "any_of = [\"4\", \"6\"]"),
        any_line,
        &["\"6\" is not an answer of question \"feel-safe\"", "\"1\", \"2\", \"3\", \"4\", \"5\""],
    );
    refused(&mutate("any_of = [\"4\", \"5\"]", "any_of = []"), any_line, &["\"any_of\" is empty"]);
    refused(
        &mutate("show_if = { question = \"moved-recently\", is = \"Yes\" }", "show_if = \"moved-recently\""),
        line,
        &["\"show_if\" is text"],
    );
    // A choice question's answer is one of its English options.
    let choice = mutate("question = \"moved-recently\", is = \"Yes\"", "question = \"age-band\", is = \"14 to 15\"");
    assert!(parse_survey(&choice).is_ok(), "{:#?}", problems(&choice));
    let text_target = "[[questions]]\nid = \"after-text\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Q?\"\nshow_if = { question = \"change-one-thing\", is = \"x\" }\n";
    let source = BASE.replace("\n[translations.pl]", &format!("\n{text_target}\n[translations.pl]"));
    let source = source.replace(
        "[translations.pl.questions.age-band]",
        "[translations.pl.questions.after-text]\ntext = \"x\"\n\n[translations.pl.questions.age-band]",
    );
    refused(&source, line_of(&source, "question = \"change-one-thing\""), &["is a text question", "fixed answers"]);
}

#[test]
fn unknown_top_level_keys_and_wrong_types() {
    refused(&mutate("summary = ", "sumary = "), 4, &["unknown key \"sumary\"", "did you mean \"summary\""]);
    refused(&format!("colour = \"blue\"\n{BASE}"), 1, &["unknown key \"colour\"", "expected one of slug, title"]);
    refused(
        &mutate("title = \"My home\"", "title = [\"My home\"]"),
        2,
        &["\"title\" is a list", "should be the survey's title"],
    );
}

#[test]
fn toml_syntax_errors_name_the_line() {
    refused(&mutate("title = \"My home\"", "title = My home"), 2, &["TOML syntax"]);
    refused(
        &mutate("audience = \"11-17\"", "audience = \"11-17\"\naudience = \"8-11\""),
        4,
        &["TOML syntax", "duplicate key"],
    );
}

#[test]
fn every_problem_in_a_file_is_reported_in_file_order() {
    let source = mutate("\"11-17\"", "\"teens\"").replacen("kind = \"scale\"", "kind = \"slider\"", 1).replacen(
        "max_chars = 500",
        "max_chars = 0",
        1,
    );
    let found = problems(&source);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].contains("teens") && found[1].contains("slider") && found[2].contains("max_chars"));
}

#[test]
fn export_reads_back_to_the_same_survey() {
    let survey = parse_survey(BASE).unwrap();
    let exported = to_toml(&survey);
    assert_eq!(parse_survey(&exported).expect("export is valid"), survey);
}

#[test]
fn two_files_may_not_share_a_slug_and_bad_bytes_are_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), BASE).unwrap();
    std::fs::write(dir.path().join("b.toml"), BASE).unwrap();
    std::fs::write(dir.path().join("c.toml"), b"slug = \"x\xff\"\n").unwrap();
    let loaded = load_paths(&[dir.path().to_path_buf()]);
    assert_eq!(loaded.surveys.len(), 1);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.contains("b.toml:1:1: slug \"my-home\" is already used by") && p.contains("a.toml")),
        "{:#?}",
        loaded.problems
    );
    assert!(
        loaded.problems.iter().any(|p| p.contains("c.toml:1:10: the file is not valid UTF-8")),
        "{:#?}",
        loaded.problems
    );
}
