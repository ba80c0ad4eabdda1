//! Paper, as staff use it: print a survey in a language (every page carrying the batch mark and
//! never a child's), key each returned sheet twice, resolve a planted mismatch by looking at the
//! sheet, and find the answers counted like any other, redacted, with concerns flagged "from
//! paper" — and nothing of the batch in the results.

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::schema::{answers, concerns, paper_sheets, receipts, responses};

use crate::helpers::{TestApp, TestDb, Visitor, csrf, ourvoice, signed_in, spawn_app, text, unescaped};

/// The batch named on a printable sheet.
fn batch_of(sheet: &str) -> String {
    let at = sheet.find("Batch ").expect("a batch mark");
    sheet[at + 6..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect()
}

/// Keys one sheet: `fields` are (question id, what is typed).
async fn key(staff: &mut Visitor<'_>, batch: &str, sheet: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let page = staff.get(&format!("/staff/paper/{batch}")).await.body;
    let token = csrf(&page);
    let names: Vec<(String, String)> = fields.iter().map(|(q, v)| (format!("q-{q}"), v.to_string())).collect();
    let mut form: Vec<(&str, &str)> = vec![("csrf", &token), ("sheet", sheet)];
    form.extend(names.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let reply = staff.post(&format!("/staff/paper/{batch}/key"), &form).await;
    (reply.status, unescaped(reply.body))
}

async fn stored_values(app: &TestApp, question: &'static str) -> Vec<String> {
    app.db(move |conn| {
        answers::table
            .filter(answers::question_id.eq(question))
            .select(answers::value)
            .order(answers::value)
            .load(conn)
            .unwrap()
    })
    .await
}

#[actix_web::test]
async fn staff_print_a_survey_key_each_sheet_twice_and_resolve_a_mismatch_by_looking_at_it() {
    let app = spawn_app().await;
    let mut first = signed_in(&app, Role::Staff).await;
    let mut second = signed_in(&app, Role::Staff).await;

    // The sheet in Polish: every question with its boxes, help first, the batch mark.
    let sheet = first.get("/staff/surveys/how-are-things/paper?lang=pl").await;
    assert_eq!(sheet.status, 200);
    let page = unescaped(sheet.body);
    assert!(page.contains("<html lang=\"pl\"") && page.contains("Jak bezpiecznie czujesz się tam, gdzie mieszkasz?"));
    for number in ["0800 1111", "0808 800 5792", "0300 373 3300", "999"] {
        assert!(page.contains(number), "{number} on the sheet");
    }
    assert!(page.find("Pomoc teraz").unwrap() < page.find("class=\"questions\"").unwrap(), "help comes first");
    // 9 questions: 3 scales of 5, a yes/no of 3, choices of 3, 8, 4 and 3, and lines to write on.
    assert_eq!(page.matches("class=\"box\"").count(), 3 * 5 + 3 + 3 + 8 + 4 + 3);
    assert!(page.contains("class=\"line\""));
    let batch = batch_of(&page);
    assert_eq!(batch.len(), 6);
    assert!(page.contains("<svg") && page.contains(&format!("QR code for batch {batch}")));
    // One batch for the day's printing in a language; another language is another batch.
    assert_eq!(batch_of(&first.get("/staff/surveys/how-are-things/paper?lang=pl").await.body), batch);
    assert_ne!(batch_of(&first.get("/staff/surveys/how-are-things/paper?lang=ar").await.body), batch);
    // The same sheet as a PDF, from the page.
    if crate::browser::chromium_available() {
        let pdf = first.get("/staff/surveys/how-are-things/paper?lang=pl&format=pdf").await;
        assert_eq!(pdf.status, 200);
        assert!(pdf.body.starts_with("%PDF"), "{}", &pdf.body[..pdf.body.len().min(300)]);
    }

    // Sheet 1, keyed by two people with a slip on question 1, and a name in the wish.
    let sheet1 = [
        ("feel-safe", "4"),
        ("feel-happy", "2"),
        ("trusted-adult", "y"),
        ("activities", "1 3"),
        ("one-wish", "I want to see my brother Jayden more, and I want to die sometimes"),
    ];
    let (status, said) = key(&mut first, &batch, "1", &sheet1).await;
    assert_eq!(status, 200, "{said}");
    assert!(said.contains("Sheet 1 keyed once"), "{said}");
    // The same person again at once: refused, with why, and what was typed kept.
    let (status, said) = key(&mut first, &batch, "1", &sheet1).await;
    assert_eq!(status, 409);
    assert!(said.contains("a second, fresh look") && said.contains("value=\"1 3\""), "{said}");
    let mut slip = sheet1;
    slip[0] = ("feel-safe", "5");
    let (status, said) = key(&mut second, &batch, "1", &slip).await;
    assert_eq!(status, 200);
    assert!(said.contains("keyed differently from its first keying, on question 1"), "{said}");
    assert!(stored_values(&app, "feel-safe").await.is_empty(), "nothing stored while the keyings differ");

    // Side by side, with what they agree on filled in and the question that differs blank.
    let resolving = unescaped(first.get(&format!("/staff/paper/{batch}/sheets/1")).await.body);
    let table = &resolving[resolving.find("<table").unwrap()..resolving.find("</table>").unwrap()];
    assert!(table.contains("<td>4</td><td>5</td>"), "{table}");
    assert!(
        resolving.contains("name=\"q-activities\" type=\"text\" value=\"1 3\"")
            && resolving.contains("name=\"q-feel-safe\" type=\"text\" value=\"\"")
    );
    let token = csrf(&resolving);
    let mut form: Vec<(String, String)> = sheet1.iter().map(|(q, v)| (format!("q-{q}"), v.to_string())).collect();
    form.push(("csrf".into(), token));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let resolved = first.post(&format!("/staff/paper/{batch}/sheets/1"), &form).await;
    assert!(resolved.status == 200 && resolved.body.contains("Sheet 1 is resolved and stored"), "{}", resolved.body);

    // Sheet 2, keyed the same twice: stored at once. A third keying of it is refused.
    let sheet2 = [("feel-safe", "2"), ("see-family", "1"), ("bullying", "3")];
    assert_eq!(key(&mut first, &batch, "2", &sheet2).await.0, 200);
    let (_, said) = key(&mut second, &batch, "2", &sheet2).await;
    assert!(said.contains("Sheet 2 matched its first keying: it is stored"), "{said}");
    let (status, said) = key(&mut second, &batch, "2", &sheet2).await;
    assert!(status == 409 && said.contains("already in"), "{said}");

    // Counted like any other answer, as the English answers, the wish redacted.
    assert_eq!(stored_values(&app, "feel-safe").await, ["2", "4"]);
    assert_eq!(stored_values(&app, "activities").await, ["Art or making things", "Sport"]);
    assert_eq!(stored_values(&app, "see-family").await, ["Too little"]);
    let wish = stored_values(&app, "one-wish").await;
    assert!(wish[0].contains("[name]") && !wish[0].contains("Jayden"), "{wish:?}");
    // The lead is told where to find the sheets that need a look, before they are shredded.
    let reasons: Vec<Option<String>> =
        app.db(|conn| concerns::table.select(concerns::reason).load(conn).unwrap()).await;
    let reasons: Vec<String> = reasons.into_iter().flatten().collect();
    assert!(reasons.iter().any(|r| r.contains(&format!("from paper, batch {batch}, sheet 1"))), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("Often") && r.contains(&format!("batch {batch}, sheet 2"))),
        "{reasons:?}"
    );

    // Nothing keyed is kept once a sheet is stored, and no response carries the batch.
    let kept: Vec<(Option<String>, Option<String>)> = app
        .db(|conn| {
            paper_sheets::table.select((paper_sheets::first_answers, paper_sheets::second_answers)).load(conn).unwrap()
        })
        .await;
    assert_eq!(kept, [(None, None), (None, None)]);
    let columns: Vec<(String, String, String)> = app
        .db(|conn| {
            responses::table.select((responses::id, responses::survey_id, responses::language)).load(conn).unwrap()
        })
        .await;
    assert!(columns.iter().all(|(id, _, lang)| !id.contains(&batch) && lang == "pl"));
    let receipts: Vec<String> =
        app.db(|conn| receipts::table.select(receipts::id).order(receipts::id).load(conn).unwrap()).await;
    assert_eq!(
        receipts,
        [format!("paper:{batch}:1"), format!("paper:{batch}:2")],
        "receipts name sheets, never responses"
    );

    // The batch's page, and the survey's, say where keying has got to.
    let status = unescaped(first.get(&format!("/staff/paper/{batch}")).await.body);
    assert!(status.contains("2 sheets stored"), "{status}");
    let survey = first.get("/staff/surveys/how-are-things").await.body;
    assert!(survey.contains(&format!("<a href=\"/staff/paper/{batch}\">{batch}</a>")), "{survey}");
}

#[actix_web::test]
async fn a_keying_mistake_is_said_beside_its_question_and_nothing_typed_is_lost() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let batch = batch_of(&staff.get("/staff/surveys/how-are-things/paper").await.body);
    let (status, said) =
        key(&mut staff, &batch, "1", &[("feel-safe", "6"), ("trusted-adult", "maybe"), ("one-wish", "A dog")]).await;
    assert_eq!(status, 422);
    assert!(said.contains("Question 1: “6”: type a number from 1 to 5"), "{said}");
    assert!(said.contains("Question 4: “maybe”: type y, n or u"), "{said}");
    assert!(said.contains(">A dog</textarea>") && said.contains("value=\"maybe\""), "{said}");
    let (status, said) = key(&mut staff, &batch, "1", &[]).await;
    assert!(status == 409 && said.contains("a blank sheet is not a response"), "{said}");
    // Only staff key sheets or print them.
    for role in [Role::Ambassador, Role::Partner] {
        let mut other = signed_in(&app, role).await;
        assert_eq!(other.get(&format!("/staff/paper/{batch}")).await.status, 403);
        assert_eq!(other.get("/staff/surveys/how-are-things/paper").await.status, 403);
    }
}

/// Whether poppler's pdftotext and pdftoppm are here, to read a PDF page by page.
fn poppler() -> bool {
    let ok = std::process::Command::new("pdftotext").arg("-v").output().is_ok();
    assert!(ok || std::env::var_os("OURVOICE_REQUIRE_BROWSER").is_none(), "needs poppler-utils");
    if !ok {
        eprintln!("skipped: needs poppler-utils (apt-get install -y poppler-utils)");
    }
    ok
}

#[test]
fn the_command_line_prints_a_survey_as_a_pdf_whose_every_page_carries_the_batch() {
    if !crate::browser::chromium_available() || !poppler() {
        return;
    }
    let db = TestDb::with_shipped_surveys();
    let dir = tempfile::tempdir().unwrap();
    for (slug, lang, title) in [("big-promise", "ar", "الوعد الكبير"), ("little-voices", "pl", "Małe głosy")]
    {
        let pdf = dir.path().join(format!("{slug}-{lang}.pdf"));
        let out = ourvoice(&db.url, &["paper", slug, "--lang", lang, "-o", pdf.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let said = text(&out.stderr);
        let batch: String = said[said.find("batch ").unwrap() + 6..].trim().to_string();
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        // Page by page: the batch on each, the title and help on the first.
        let page_text = |page: usize| {
            let n = page.to_string();
            let out = std::process::Command::new("pdftotext")
                .args(["-f", &n, "-l", &n, "-layout", pdf.to_str().unwrap(), "-"])
                .output()
                .unwrap();
            text(&out.stdout)
        };
        let first = page_text(1);
        assert!(first.contains(title) && first.contains("0800 1111") && first.contains("999"), "{first}");
        let pages = (1..20).take_while(|p| !page_text(*p).trim().is_empty()).count();
        assert!(pages >= 2, "{slug} {lang}: {pages} pages");
        for page in 1..=pages {
            assert!(page_text(page).contains(&format!("Batch {batch}")), "{slug} {lang} page {page} has no batch mark");
        }
        // And as pictures: each page drawn, none blank.
        let prefix = dir.path().join(format!("{slug}-{lang}"));
        let drawn = std::process::Command::new("pdftoppm")
            .args(["-r", "30", "-png", pdf.to_str().unwrap(), prefix.to_str().unwrap()])
            .status()
            .unwrap();
        assert!(drawn.success());
        let pictures = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(&format!("{slug}-{lang}-")));
        let sizes: Vec<u64> = pictures.map(|e| e.unwrap().metadata().unwrap().len()).collect();
        assert_eq!(sizes.len(), pages);
        assert!(sizes.iter().all(|s| *s > 2_000), "a blank page among {sizes:?}");
        if let Some(keep) = std::env::var_os("OURVOICE_SCREENSHOTS") {
            std::fs::copy(&pdf, std::path::Path::new(&keep).join(format!("paper-{slug}-{lang}.pdf"))).unwrap();
        }
    }
    let refused = ourvoice(&db.url, &["paper", "big-promise", "--lang", "fr", "-o", "/tmp/never.pdf"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("has no \"fr\" version: use one of en, ar, bn"),
        "{}",
        text(&refused.stderr)
    );
}

/// The letters-only form of a font's name, to match a PDF's embedded font ("BAAAAA+Lohit-Bengali")
/// with fontconfig's family ("Lohit Bengali").
fn squeezed(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).flat_map(char::to_lowercase).collect()
}

/// Found printing a held-out survey in Bengali: with no Bengali font on the server, every word
/// printed as an empty box, and nothing said so. Each script beyond Latin prints in a font that
/// has its letters, and a server without one says so before making a batch.
#[test]
fn every_script_prints_in_a_font_that_has_its_letters_or_is_refused_before_a_batch_is_made() {
    if !crate::browser::chromium_available() || !poppler() {
        return;
    }
    let db = TestDb::with_shipped_surveys();
    let dir = tempfile::tempdir().unwrap();
    for lang in ["ar", "bn", "zh"] {
        let families =
            std::process::Command::new("fc-list").arg(format!(":lang={lang}")).arg("family").output().unwrap();
        let families: Vec<String> = text(&families.stdout).lines().flat_map(|l| l.split(',')).map(squeezed).collect();
        assert!(
            !families.is_empty() || std::env::var_os("OURVOICE_REQUIRE_BROWSER").is_none(),
            "no font for {lang} here: .ci/run installs them"
        );
        let pdf = dir.path().join(format!("{lang}.pdf"));
        let out = ourvoice(&db.url, &["paper", "how-are-things", "--lang", lang, "-o", pdf.to_str().unwrap()]);
        if families.is_empty() {
            assert!(text(&out.stderr).contains("no font for"), "{}", text(&out.stderr));
            continue;
        }
        assert!(out.status.success(), "{}", text(&out.stderr));
        let fonts = std::process::Command::new("pdffonts").arg(&pdf).output().unwrap();
        let embedded: Vec<String> = text(&fonts.stdout)
            .lines()
            .skip(2)
            .filter_map(|l| l.split_whitespace().next())
            .map(|name| squeezed(name.rsplit('+').next().unwrap()))
            .collect();
        assert!(
            embedded.iter().any(|e| families.iter().any(|f| e.starts_with(f.as_str()))),
            "{lang}: the PDF's fonts {embedded:?} are none of {families:?}"
        );
    }
    // A server with no fonts at all: refused in words, and no batch made for it (Turkish has
    // none yet today).
    let empty = dir.path().join("fonts.conf");
    std::fs::write(&empty, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n").unwrap();
    let batches = || {
        let store = ourvoice::store::Store::open(&db.url).unwrap();
        let mut conn = store.conn().unwrap();
        let survey = ourvoice::store::surveys::find(&mut conn, "how-are-things").unwrap().unwrap();
        ourvoice::store::paper::batches_of(&mut conn, &survey.id).unwrap().len()
    };
    let before = batches();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
        .args(["paper", "how-are-things", "--lang", "tr", "-o", dir.path().join("never.pdf").to_str().unwrap()])
        .env("DATABASE_URL", &db.url)
        .env("FONTCONFIG_FILE", &empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no font for Türkçe is installed on this server"), "{}", text(&out.stderr));
    assert_eq!(batches(), before);
}
