//! What ourvoice's emails say: to partners in plain text and HTML, to the duty team and the
//! designated lead in plain text. No HTTP and no SQL here.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use maud::{DOCTYPE, Markup, html};

use crate::accounts::{Organisation, Role};
use crate::reports::{Report, Statement};
use crate::store::contact::ContactRequest;
use crate::store::emails::Email;
use crate::survey::Status;

/// How a partner contact with an account reaches their actions.
const SIGN_IN: &str = "sign in to ourvoice with your work email address";

/// How a contact invited by this very email reaches them.
fn invited_words(days: i64) -> String {
    format!(
        "this link is yours: it signs you in to ourvoice once, within {days} days; after that, sign in with your work email address"
    )
}

/// A statement as an email lists it, with the report it belongs to.
pub struct Item<'a> {
    pub report: &'a Report,
    pub statement: &'a Statement,
}

fn due_words(due: Option<NaiveDate>) -> String {
    due.map_or_else(|| "no date set".to_string(), |d| d.format("%-d %B %Y").to_string())
}

fn text_items(items: &[Item<'_>]) -> String {
    items
        .iter()
        .map(|i| {
            let s = i.statement;
            format!(
                "* You said: {}\n  Action: {}\n  Due: {}\n  Status: {}\n  In: {}\n",
                s.you_said,
                s.action,
                due_words(s.due),
                s.status.words("en"),
                i.report.title
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn html_letter(
    title: &str,
    opening: &str,
    items: &[Item<'_>],
    (actions_link, how): (&str, &str),
    closing: Markup,
) -> String {
    let page: Markup = html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (title) } }
            body style="font-family: system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 40em" {
                p { (opening) }
                @for i in items {
                    div style="border-left: 4px solid #005a7a; padding: 0.25em 1em; margin: 1em 0" {
                        p style="margin: 0" { strong { "You said: " } (i.statement.you_said) }
                        p style="margin: 0" { strong { "Action: " } (i.statement.action) }
                        p style="margin: 0; color: #505a5f" {
                            "Due " (due_words(i.statement.due)) " · " (i.statement.status.words("en")) " · " (i.report.title)
                        }
                    }
                }
                p { a href=(actions_link) { "Update your actions" } " (" (how) ")." }
                (closing)
                p style="color: #505a5f" { "ourvoice: children and young people in care, heard." }
            }
        }
    };
    page.into_string()
}

/// One email per contact address of `organisation`.
fn to_each(organisation: &Organisation, subject: &str, text: &str, html: &str, dedupe: Option<&str>) -> Vec<Email> {
    organisation
        .contact_emails
        .iter()
        .map(|to| Email {
            to: to.clone(),
            subject: subject.to_string(),
            text: text.to_string(),
            html: Some(html.to_string()),
            dedupe: dedupe.map(|key| format!("{key}:{to}")),
        })
        .collect()
}

/// A published report's news for one partner: the statements it is responsible for, and links
/// to the public report and to where the partner updates its actions. A contact in `invited`
/// (address → a sign-in link made for them, valid `invite_days`) gets that link instead.
pub fn published(
    report: &Report,
    organisation: &Organisation,
    base: &str,
    invited: &BTreeMap<String, String>,
    invite_days: i64,
) -> Vec<Email> {
    let items: Vec<Item<'_>> =
        report.for_partner(&organisation.id).map(|statement| Item { report, statement }).collect();
    if items.is_empty() {
        return Vec::new();
    }
    let (report_link, partner_page) = (format!("{base}/reports/{}", report.id), format!("{base}/staff/partner"));
    let subject = format!(
        "You said, we did: \u{201c}{}\u{201d} names {} for {} action{}",
        report.title,
        organisation.name,
        items.len(),
        if items.len() == 1 { "" } else { "s" }
    );
    let opening = format!(
        "The Participation team has published \u{201c}{}\u{201d}, a report that answers what children and young people in care told us. It names {} as responsible for these actions:",
        report.title, organisation.name
    );
    let (listed, invitation) = (text_items(&items), invited_words(invite_days));
    let closing = html! { p { "The published report: " a href=(report_link) { (report.title) } } };
    organisation
        .contact_emails
        .iter()
        .map(|to| {
            let (actions_link, how) = match invited.get(to) {
                Some(link) => (link.as_str(), invitation.as_str()),
                None => (partner_page.as_str(), SIGN_IN),
            };
            let text = format!(
                "Hello,\n\n{opening}\n\n{listed}\nYoung people will read how these go. Please keep them up to date: {actions_link} ({how}).\n\nThe published report: {report_link}\n"
            );
            let html = html_letter(&subject, &opening, &items, (actions_link, how), closing.clone());
            Email {
                to: to.clone(),
                subject: subject.clone(),
                text,
                html: Some(html),
                dedupe: Some(format!("published:{}:{}:{to}", report.id, organisation.id)),
            }
        })
        .collect()
}

/// A reminder to one partner of its actions past their due date, once per ISO week (`week`,
/// such as "2027-W11").
pub fn reminder(organisation: &Organisation, overdue: &[Item<'_>], base: &str, week: &str) -> Vec<Email> {
    if overdue.is_empty() {
        return Vec::new();
    }
    let actions_link = format!("{base}/staff/partner");
    let subject = format!(
        "{} action{} for {} {} past {} due date",
        overdue.len(),
        if overdue.len() == 1 { "" } else { "s" },
        organisation.name,
        if overdue.len() == 1 { "is" } else { "are" },
        if overdue.len() == 1 { "its" } else { "their" },
    );
    let opening = format!(
        "Young people in care were promised these actions by their due date, and {} has not yet marked them done or said why they could not be done:",
        organisation.name
    );
    let text = format!(
        "Hello,\n\n{opening}\n\n{}\nPlease update them: {actions_link} ({SIGN_IN}). If an action has changed, say so there: young people read it.\n",
        text_items(overdue)
    );
    let html = html_letter(&subject, &opening, overdue, (&actions_link, SIGN_IN), html! {});
    to_each(organisation, &subject, &text, &html, Some(&format!("reminder:{}:{week}", organisation.id)))
}

/// The partners' actions in `reports` that are past due on `today`, by organisation id.
pub fn overdue<'a>(reports: &'a [Report], today: NaiveDate) -> Vec<(String, Vec<Item<'a>>)> {
    let mut by_partner: Vec<(String, Vec<Item<'a>>)> = Vec::new();
    for report in reports {
        for statement in report.statements.iter().filter(|s| s.overdue(today)) {
            let Some((id, _)) = &statement.organisation else { continue };
            let item = Item { report, statement };
            match by_partner.iter_mut().find(|(known, _)| known == id) {
                Some((_, items)) => items.push(item),
                None => by_partner.push((id.clone(), vec![item])),
            }
        }
    }
    by_partner
}

/// The designated lead's news of `count` new answers of concern: how many and where to read
/// them, never what was written (an email may be read on a shared screen or forwarded).
pub fn concerns_notice(to: &str, count: usize, base: &str) -> Email {
    let (what, are, it) = if count == 1 { ("answer", "is", "it") } else { ("answers", "are", "them") };
    let subject = format!("ourvoice: {count} new {what} on the concerns list");
    let text = format!(
        "Hello,\n\n{count} new {what} {are} on ourvoice's concerns list: words of concern, or an answer \
         that put help first. Please read {it} and mark each one seen:\n\n{base}/staff/concerns\n\n\
         This email never carries what was written; sign in to read it.\n"
    );
    Email { to: to.to_string(), subject, text, html: None, dedupe: None }
}

/// What a survey's people are told when it moves: who moved it, and where to go next.
pub fn survey_moved(to: &str, title: &str, slug: &str, by: &str, to_status: Status, base: &str) -> Email {
    let (subject, said) = match to_status {
        Status::InReview => (
            format!("ourvoice: \u{201c}{title}\u{201d} is waiting for your review"),
            format!(
                "{by} has sent the survey \u{201c}{title}\u{201d} for review. Read it as a young person would, \
                 leave comments, and approve it or send it back to its designers"
            ),
        ),
        _ => (
            format!("ourvoice: \u{201c}{title}\u{201d} was sent back to its designers"),
            format!(
                "{by} has sent the survey \u{201c}{title}\u{201d} back to its designers. Read the comments, \
                 change it in the designer, and send it for review again"
            ),
        ),
    };
    let text = format!("Hello,\n\n{said}:\n\n{base}/staff/surveys/{slug}\n");
    Email { to: to.to_string(), subject, text, html: None, dedupe: None }
}

/// A reminder to staff that an open survey closes on `closes` (once per survey and date).
pub fn closing_soon(to: &str, title: &str, slug: &str, closes: NaiveDate, base: &str) -> Email {
    let day = closes.format("%A %-d %B %Y");
    let subject = format!("ourvoice: \u{201c}{title}\u{201d} closes on {day}");
    let text = format!(
        "Hello,\n\nThe survey \u{201c}{title}\u{201d} takes its last answers on {day}. If more young people \
         should have their say, there is still time to hand out cards or change the closing date:\n\n\
         {base}/staff/surveys/{slug}\n"
    );
    let dedupe = Some(format!("closing:{slug}:{closes}:{to}"));
    Email { to: to.to_string(), subject, text, html: None, dedupe }
}

pub const SIGN_IN_SUBJECT: &str = "Your ourvoice sign-in link";

/// A sign-in link for `name` at `to`, which works once for `minutes`.
pub fn sign_in(to: &str, name: &str, link: &str, minutes: i64) -> Email {
    let text = format!(
        "Hello {name},\n\nUse this link to sign in to ourvoice. It works once, for {minutes} minutes:\n\n{link}\n\n\
         If you didn't ask for it, you can ignore this email.\n"
    );
    Email { to: to.to_string(), subject: SIGN_IN_SUBJECT.into(), text, html: None, dedupe: None }
}

/// An invitation to `name` at `to` from `by`, as `role`, with a sign-in link that works once
/// within `days`.
pub fn invitation(to: &str, name: &str, by: &str, role: Role, link: &str, days: i64, base: &str) -> Email {
    let what = match role {
        Role::Ambassador => "to design surveys with the Children in Care Council and see what young people said",
        Role::Staff | Role::Admin => "to run surveys, read what young people said and publish what was done",
        Role::Partner => "to tell young people what your organisation did about what they said",
    };
    let text = format!(
        "Hello {name},\n\n{by} has invited you to ourvoice as {role}, {what}.\n\n\
         This link signs you in. It works once, within {days} days:\n\n{link}\n\n\
         After that, sign in with this email address at {base}/sign-in.\n"
    );
    Email { to: to.to_string(), subject: "You're invited to ourvoice".into(), text, html: None, dedupe: None }
}

/// The duty team's email for one contact request: subject and plain text, with the ways the
/// young person said are safe to reach them, and when.
pub fn contact(request: &ContactRequest, base: &str) -> (String, String) {
    let concern = request.concern != 0;
    let subject = if concern {
        "ourvoice: a young person asked to be contacted (words of concern)"
    } else {
        "ourvoice: a young person asked to be contacted"
    };
    let body = format!(
        "A young person asked to be contacted through ourvoice.\n\n\
         Name: {}\nHow to reach them: {}\nSafe ways to reach them (use only these): {}\n\
         A good, safe time: {}\nWhat they said: {}\n\n\
         Received on {}.{}\n\n\
         This request is not linked to any survey answers: ourvoice keeps them apart, so please \
         don't look for them.\n\n\
         Reference {}. When it has been dealt with, mark it handled at {base}/staff/contact; a set \
         time after that, ourvoice erases the young person's name and details.\n",
        request.name,
        request.contact,
        request.safe_ways.as_deref().map_or("(not said: ask them first, carefully)".into(), |w| w.replace('-', " ")),
        request.good_time.as_deref().unwrap_or("(not said)"),
        request.message.as_deref().unwrap_or("(nothing)"),
        request.received_on.format("%-d %B %Y"),
        if concern { "\nWhat they wrote holds words of concern: please reach them soon." } else { "" },
        crate::store::contact::reference(&request.id),
    );
    (subject.to_string(), body)
}

/// Each email as it reads, pinned: a change to what people receive shows up in review as a
/// changed snapshot (`cargo insta review`, or `INSTA_UPDATE=always cargo test`).
#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::{ActionStatus, ReportStatus};
    use crate::survey::Priority;

    const BASE: &str = "https://ourvoice.example.org";

    fn shown(emails: &[Email]) -> String {
        emails
            .iter()
            .map(|e| {
                format!(
                    "To: {}\nSubject: {}\n\n{}\n--- HTML ---\n{}",
                    e.to,
                    e.subject,
                    e.text,
                    e.html.as_deref().unwrap_or("(none)")
                )
            })
            .collect::<Vec<_>>()
            .join("\n=========\n")
    }

    fn nhs() -> Organisation {
        Organisation {
            id: "org-nhs".into(),
            name: "NHS Cumbria".into(),
            contact_emails: vec!["camhs@nhs.example".into()],
        }
    }

    fn report() -> Report {
        let statement = |id: &str, you_said: &str, action: &str, due: u32, status| Statement {
            id: id.into(),
            priority: Priority::Health,
            you_said: you_said.into(),
            evidence: vec![],
            action: action.into(),
            organisation: Some(("org-nhs".into(), "NHS Cumbria".into())),
            due: NaiveDate::from_ymd_opt(2027, 3, due),
            status,
            reason: None,
        };
        Report {
            id: "report-1".into(),
            title: "Spring 2027".into(),
            intro: "What you told us, and what we are doing.".into(),
            status: ReportStatus::Published,
            published_at: None,
            surveys: vec![("big-promise".into(), "The big promise".into())],
            statements: vec![
                statement(
                    "s1",
                    "Waiting for help with feelings takes too long",
                    "A drop-in each week",
                    1,
                    ActionStatus::Planned,
                ),
                statement("s2", "Check-ups feel rushed", "Longer appointments", 31, ActionStatus::InProgress),
            ],
        }
    }

    #[test]
    fn a_partner_is_told_of_a_published_report() {
        insta::assert_snapshot!(shown(&published(&report(), &nhs(), BASE, &BTreeMap::new(), 7)));
    }

    #[test]
    fn a_partner_contact_without_an_account_is_invited_by_the_same_email() {
        let invited = BTreeMap::from([("camhs@nhs.example".to_string(), format!("{BASE}/sign-in/link/SECRET"))]);
        insta::assert_snapshot!(shown(&published(&report(), &nhs(), BASE, &invited, 7)));
    }

    #[test]
    fn a_partner_is_reminded_of_overdue_actions() {
        let reports = [report()];
        let overdue = overdue(&reports, NaiveDate::from_ymd_opt(2027, 3, 15).unwrap());
        insta::assert_snapshot!(shown(&reminder(&nhs(), &overdue[0].1, BASE, "2027-W11")));
    }

    #[test]
    fn the_designated_lead_is_told_how_many_concerns_not_what() {
        insta::assert_snapshot!(shown(&[
            concerns_notice("lead@council.example", 1, BASE),
            concerns_notice("lead@council.example", 3, BASE)
        ]));
    }

    #[test]
    fn a_sign_in_link() {
        insta::assert_snapshot!(shown(&[sign_in(
            "sam@council.example",
            "Sam",
            "https://ourvoice.example.org/sign-in/link/SECRET",
            15
        )]));
    }

    #[test]
    fn a_survey_sent_for_review_and_back() {
        insta::assert_snapshot!(shown(&[
            survey_moved("kim@council.example", "My home", "my-home", "Sam", Status::InReview, BASE),
            survey_moved("sam@council.example", "My home", "my-home", "Kim", Status::Draft, BASE),
            closing_soon(
                "kim@council.example",
                "My home",
                "my-home",
                NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
                BASE
            ),
        ]));
    }

    #[test]
    fn an_invitation() {
        insta::assert_snapshot!(shown(&[invitation(
            "kim@council.example",
            "Kim",
            "Sam",
            Role::Staff,
            "https://ourvoice.example.org/sign-in/link/SECRET",
            7,
            BASE
        )]));
    }

    #[test]
    fn the_duty_team_is_asked_to_contact_a_young_person() {
        let request = ContactRequest {
            id: "c1".into(),
            name: "Jo".into(),
            contact: "07700 900123".into(),
            message: Some("Please call after school".into()),
            concern: 1,
            received_on: NaiveDate::from_ymd_opt(2027, 3, 2).unwrap(),
            attempts: 0,
            safe_ways: Some("call, text".into()),
            good_time: Some("after 4pm".into()),
        };
        let (subject, text) = contact(&request, BASE);
        insta::assert_snapshot!(format!("Subject: {subject}\n\n{text}"));
    }
}
