//! The use cases called as a program would, without HTTP: each does its work, writes its audit
//! record and queues its mail, and refuses what it must.

use chrono::NaiveDate;
use ourvoice::accounts::Role;
use ourvoice::mail::Outbox;
use ourvoice::reports::ActionStatus;
use ourvoice::store::reports::StatementFields;
use ourvoice::store::responses::{SubmitError, Writer};
use ourvoice::store::{DatabaseUrl, Db, Store, accounts, emails, organisations, reports, surveys, themes};
use ourvoice::survey::{Answers, Priority, Status};
use ourvoice::text::TextPipeline;
use ourvoice::usecase::{self, Intake, Refused, Source};

use crate::helpers::TestDb;

struct Setting {
    _db: TestDb,
    store: Store,
    intake: Intake,
}

fn setting() -> Setting {
    let db = TestDb::with_shipped_surveys();
    let store = Store::open(&db.url).unwrap();
    let intake = Intake {
        writer: Writer::start(&DatabaseUrl::parse(&db.url)).unwrap(),
        pipeline: TextPipeline::embedded(),
        outbox: Outbox::new(store.clone(), None),
    };
    Setting { _db: db, store, intake }
}

fn actions(conn: &mut Db) -> Vec<String> {
    accounts::audit_entries(conn, 100).unwrap().into_iter().map(|e| e.action).collect()
}

fn wish(text: &str) -> Answers {
    Answers::from([("one-wish".to_string(), vec![text.to_string()])])
}

#[actix_web::test]
async fn a_response_is_taken_only_while_its_survey_takes_answers() {
    let s = setting();
    let mut conn = s.store.conn().unwrap();
    let stored = surveys::find(&mut conn, "big-promise").unwrap().unwrap();
    let taken = s
        .intake
        .take(&stored, "en".into(), wish("More time with my sister"), Source::Online { code_hash: None })
        .await
        .unwrap();
    assert!(!taken.help);
    assert_eq!(surveys::response_count(&mut conn, &stored.id).unwrap(), 1);

    assert!(surveys::set_status(&mut conn, &stored.id, Status::Open, Status::Closed).unwrap());
    let closed = surveys::find(&mut conn, "big-promise").unwrap().unwrap();
    let refused = s.intake.take(&closed, "en".into(), wish("One more"), Source::Online { code_hash: None }).await;
    assert!(matches!(refused, Err(SubmitError::NotOpen)), "{:?}", refused.err());
    let mut later = stored.clone();
    later.survey.closes = Some(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
    assert!(matches!(
        s.intake.take(&later, "en".into(), wish("Too late"), Source::Online { code_hash: None }).await,
        Err(SubmitError::NotOpen)
    ));
    assert_eq!(surveys::response_count(&mut conn, &stored.id).unwrap(), 1, "nothing stored when refused");
}

#[actix_web::test]
async fn answers_move_between_themes_and_quotes_need_a_big_enough_theme() {
    let s = setting();
    let mut conn = s.store.conn().unwrap();
    let stored = surveys::find(&mut conn, "big-promise").unwrap().unwrap();
    for _ in 0..7 {
        s.intake
            .take(&stored, "en".into(), wish("I want my own room at home"), Source::Online { code_hash: None })
            .await
            .unwrap();
    }
    s.intake
        .take(&stored, "en".into(), wish("Something else entirely"), Source::Online { code_hash: None })
        .await
        .unwrap();
    let staff = accounts::create_user(&mut conn, Some("staff@example.org"), "Sam", Role::Staff).unwrap();
    let answers = themes::text_answers(&mut conn, &stored.id).unwrap();
    let odd = answers.iter().find(|a| a.text == "Something else entirely").unwrap();

    let two: Vec<String> =
        answers.iter().filter(|a| a.text.contains("own room")).take(2).map(|a| a.reference.clone()).collect();
    // All or none: one answer that is not there any more moves none of them.
    let stale = [two.clone(), vec!["no-such-answer".to_string()]].concat();
    let refused = usecase::move_answers(&mut conn, &staff.id, "big-promise", &stale, "health/");
    assert!(matches!(refused, Err(Refused::Conflict(ref why)) if why.contains("not on this board")), "{refused:?}");
    let unchanged = themes::text_answers(&mut conn, &stored.id).unwrap();
    assert!(unchanged.iter().all(|a| a.priority.as_deref() != Some("health")));
    let refused = usecase::move_answers(&mut conn, &staff.id, "big-promise", &[], "health/");
    assert!(matches!(refused, Err(Refused::Conflict(ref why)) if why.contains("Tick the answers")), "{refused:?}");

    let both = [two.clone(), vec![odd.reference.clone()]].concat();
    assert_eq!(usecase::move_answers(&mut conn, &staff.id, "big-promise", &both, "education/").unwrap(), 3);
    let back = vec![two[0].clone(), two[1].clone(), two[0].clone()];
    assert_eq!(usecase::move_answers(&mut conn, &staff.id, "big-promise", &back, "").unwrap(), 2, "each once");
    let moved = themes::text_answers(&mut conn, &stored.id).unwrap();
    let odd_now = moved.iter().find(|a| a.reference == odd.reference).unwrap();
    assert_eq!(odd_now.priority.as_deref(), Some("education"));
    assert!(moved.iter().filter(|a| two.contains(&a.reference)).all(|a| a.priority.is_none() && a.themes.is_empty()));
    let sizes = themes::theme_sizes(&mut conn, &stored.id).unwrap();
    assert_eq!(sizes.get(&("education".to_string(), String::new())), Some(&1), "the running totals follow");
    assert_eq!(sizes.get(&(String::new(), String::new())), Some(&2));

    // Alone in its theme: too small to quote from.
    let refused = usecase::set_quote(&mut conn, &staff.id, "big-promise", &odd.reference, true);
    assert!(matches!(refused, Err(Refused::Conflict(ref why)) if why.contains("fewer than 5")), "{refused:?}");
    let common = moved.iter().find(|a| a.text.contains("own room") && !two.contains(&a.reference)).unwrap();
    usecase::set_quote(&mut conn, &staff.id, "big-promise", &common.reference, true).unwrap();
    let quoted = themes::text_answers(&mut conn, &stored.id).unwrap();
    assert!(quoted.iter().find(|a| a.reference == common.reference).unwrap().quote.is_some());
    assert_eq!(
        actions(&mut conn),
        ["approved a quote", "moved answers to another theme", "moved answers to another theme"]
    );
}

#[actix_web::test]
async fn a_report_is_published_once_with_a_mail_to_each_partner_and_kept_up_to_date() {
    let s = setting();
    let mut conn = s.store.conn().unwrap();
    let stored = surveys::find(&mut conn, "big-promise").unwrap().unwrap();
    let staff = accounts::create_user(&mut conn, Some("staff@example.org"), "Sam", Role::Staff).unwrap();
    let ambassador = accounts::create_user(&mut conn, None, "Ali", Role::Ambassador).unwrap();
    let nhs = organisations::create(&mut conn, "NHS", &["nhs@example.org".to_string()]).unwrap().unwrap();
    let report = reports::create(&mut conn, "Spring", "What you told us", std::slice::from_ref(&stored.id)).unwrap();
    let fields = StatementFields {
        priority: Priority::Health,
        you_said: "Waiting lists are too long",
        evidence: &[],
        action: "Shorter waits",
        organisation_id: Some(&nhs.id),
        due: None,
        status: ActionStatus::Planned,
        reason: None,
    };
    usecase::save_statement(&mut conn, &ambassador.id, false, &report, None, &fields).unwrap();
    assert!(actions(&mut conn).is_empty(), "an ambassador's draft work is not audited as staff's");

    // Drafted while its survey is open; published only once it has closed.
    let early = usecase::publish(&mut conn, &staff.id, &report, "https://ourvoice.example");
    assert!(matches!(early, Err(Refused::Conflict(ref why)) if why.contains("is still open")), "{early:?}");
    assert!(emails::unsent(&mut conn).unwrap().is_empty(), "nothing sent for a report not published");
    assert!(surveys::set_status(&mut conn, &stored.id, Status::Open, Status::Closed).unwrap());
    let queued = usecase::publish(&mut conn, &staff.id, &report, "https://ourvoice.example").unwrap();
    assert_eq!(queued, 1);
    let mail = emails::unsent(&mut conn).unwrap();
    assert_eq!(mail.iter().map(|m| m.to.as_str()).collect::<Vec<_>>(), ["nhs@example.org"]);
    assert!(mail[0].text.contains("https://ourvoice.example/"), "{}", mail[0].text);
    // The contact had no account: the email invites them, with a link of their own, into an
    // account of the partner's.
    assert!(mail[0].text.contains("https://ourvoice.example/sign-in/link/"), "{}", mail[0].text);
    let invited = accounts::find_by_email(&mut conn, "nhs@example.org").unwrap().unwrap();
    assert_eq!((invited.role, invited.organisation_id.as_deref()), (Role::Partner, Some(nhs.id.as_str())));
    let again = usecase::publish(&mut conn, &staff.id, &report, "https://ourvoice.example");
    assert!(matches!(again, Err(Refused::Conflict(_))), "published twice: {again:?}");
    assert_eq!(emails::unsent(&mut conn).unwrap().len(), 1, "no second email");
    assert!(matches!(
        usecase::save_statement(&mut conn, &ambassador.id, false, &report, None, &fields),
        Err(Refused::NotAllowed)
    ));

    let statement = reports::find(&mut conn, &report).unwrap().unwrap().statements[0].id.clone();
    let partner = accounts::create_user(&mut conn, Some("pat@nhs.example.org"), "Pat", Role::Partner).unwrap();
    let without_reason = usecase::update_action(
        &mut conn,
        &partner.id,
        &nhs.id,
        &statement,
        "Shorter waits",
        ActionStatus::NotPossible,
        None,
    );
    assert!(matches!(without_reason, Err(Refused::Conflict(ref why)) if why.contains("Say why")));
    let elsewhere =
        usecase::update_action(&mut conn, &partner.id, "another-org", &statement, "Done", ActionStatus::Done, None);
    assert!(matches!(elsewhere, Err(Refused::NotFound)));
    usecase::update_action(&mut conn, &partner.id, &nhs.id, &statement, "A new clinic", ActionStatus::InProgress, None)
        .unwrap();
    let history: Vec<String> = reports::changes(&mut conn, &report).unwrap().into_iter().map(|c| c.2).collect();
    assert!(history.iter().any(|c| c.contains("A new clinic")), "{history:?}");
    assert!(history.iter().any(|c| c == "published"), "{history:?}");
    assert_eq!(
        actions(&mut conn),
        ["emailed partners about a report", "published a report"],
        "newest first, each with who did it"
    );
}

#[actix_web::test]
async fn review_tells_staff_and_a_send_back_tells_the_sender_and_staff_hear_a_survey_is_closing() {
    let s = setting();
    let mut conn = s.store.conn().unwrap();
    let mut draft = surveys::find(&mut conn, "my-home").unwrap().unwrap().survey;
    draft.slug = "new-home".into();
    surveys::save(&mut conn, &draft, Status::Draft).unwrap();
    let sam = accounts::create_user(&mut conn, Some("sam@council.test"), "Sam", Role::Ambassador).unwrap();
    let kim = accounts::create_user(&mut conn, Some("kim@council.test"), "Kim", Role::Staff).unwrap();
    accounts::create_user(&mut conn, Some("lee@council.test"), "Lee", Role::Admin).unwrap();
    accounts::create_user(&mut conn, Some("nhs@nhs.test"), "NHS", Role::Partner).unwrap();
    let base = "https://ourvoice.example";
    let waiting = |conn: &mut Db| -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> =
            emails::unsent(conn).unwrap().into_iter().map(|e| (e.to, e.subject)).collect();
        all.sort();
        all
    };

    let refused = usecase::move_survey(&mut conn, &sam, "new-home", Status::Draft, Status::Open, base);
    assert!(matches!(refused, Err(Refused::NotAllowed)), "nothing goes live without review");
    assert_eq!(usecase::move_survey(&mut conn, &sam, "new-home", Status::Draft, Status::InReview, base).unwrap(), 2);
    let sent = waiting(&mut conn);
    let subject = "ourvoice: \u{201c}My home\u{201d} is waiting for your review".to_string();
    assert_eq!(
        sent,
        [("kim@council.test".into(), subject.clone()), ("lee@council.test".into(), subject)],
        "staff only"
    );
    let stale = usecase::move_survey(&mut conn, &sam, "new-home", Status::Draft, Status::InReview, base);
    assert!(matches!(stale, Err(Refused::Conflict(why)) if why.contains("it is now waiting for review")));

    assert_eq!(usecase::move_survey(&mut conn, &kim, "new-home", Status::InReview, Status::Draft, base).unwrap(), 1);
    let back = (
        "sam@council.test".to_string(),
        "ourvoice: \u{201c}My home\u{201d} was sent back to its designers".to_string(),
    );
    assert!(waiting(&mut conn).contains(&back), "the ambassador who sent it is told");
    assert!(actions(&mut conn).iter().filter(|a| *a == "changed a survey's status").count() == 2);

    // Open surveys closing within three days: staff are told once per survey and date.
    let today = NaiveDate::from_ymd_opt(2027, 3, 29).unwrap();
    let mut open = surveys::find(&mut conn, "big-promise").unwrap().unwrap().survey;
    open.closes = Some(NaiveDate::from_ymd_opt(2027, 3, 31).unwrap());
    surveys::save(&mut conn, &open, Status::Open).unwrap();
    assert_eq!(ourvoice::mail::queue_closing_notices(&mut conn, today, base).unwrap(), ["big-promise"]);
    let told: Vec<(String, String)> = waiting(&mut conn).into_iter().filter(|(_, s)| s.contains("closes on")).collect();
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(
        told.iter().all(|(_, s)| s == "ourvoice: \u{201c}The Big Promise\u{201d} closes on Wednesday 31 March 2027"),
        "{told:?}"
    );
    assert!(ourvoice::mail::queue_closing_notices(&mut conn, today, base).unwrap().is_empty(), "only once");
    let early = NaiveDate::from_ymd_opt(2027, 3, 27).unwrap();
    assert!(ourvoice::mail::queue_closing_notices(&mut conn, early, base).unwrap().is_empty(), "not four days ahead");
}

#[actix_web::test]
async fn council_sign_in_lets_in_accounts_and_named_groups_and_no_one_else() {
    use ourvoice::oidc::{OidcConfig, Person};
    let s = setting();
    let mut conn = s.store.conn().unwrap();
    let config = OidcConfig { oidc_staff_groups: vec!["ourvoice-staff".into()], ..OidcConfig::default() };
    let person = |email: &str, groups: &[&str]| Person {
        email: email.into(),
        name: "Pat From The Directory".into(),
        groups: groups.iter().map(|g| g.to_string()).collect(),
    };
    let partner = accounts::create_user(&mut conn, Some("nurse@nhs.test"), "Nia", Role::Partner).unwrap();

    let (user, session) = usecase::people::council_sign_in(&mut conn, &config, &person("nurse@nhs.test", &[])).unwrap();
    assert_eq!((user.id.as_str(), user.role), (partner.id.as_str(), Role::Partner), "an invited account, as itself");
    assert!(accounts::session(&mut conn, &session).unwrap().is_some(), "a session to sign in with");

    let (made, _) =
        usecase::people::council_sign_in(&mut conn, &config, &person("new@council.test", &["ourvoice-staff"])).unwrap();
    assert_eq!((made.role, made.name.as_str()), (Role::Staff, "Pat From The Directory"));
    let (again, _) = usecase::people::council_sign_in(&mut conn, &config, &person("new@council.test", &[])).unwrap();
    assert_eq!(again.id, made.id, "the second time, the account made the first");

    let refused = usecase::people::council_sign_in(&mut conn, &config, &person("who@council.test", &["all-staff"]));
    assert!(
        matches!(refused, Err(Refused::Conflict(ref why)) if why.contains("Ask the Participation team")),
        "{refused:?}"
    );
    assert!(accounts::find_by_email(&mut conn, "who@council.test").unwrap().is_none(), "no account made");
    assert_eq!(actions(&mut conn)[..3], ["signed in", "signed in", "joined with the council's sign-in"]);
}
