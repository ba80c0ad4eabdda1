//! The people who run ourvoice: invited by email, sent a new link, moved to another role or
//! removed, each with its audit record (and, for a link, its email queued: wake the outbox).

use chrono::Duration;

use super::Refused;
use crate::accounts::{INVITATION_DAYS, Organisation, Role, SIGN_IN_CODE_DAYS, User};
use crate::mail::letters;
use crate::oidc::{Admission, OidcConfig, Person};
use crate::store::{Db, accounts, emails, organisations};

/// Someone to invite, as checked by the form: a name, a tidy address, a role the inviter may
/// give, and (for a partner, and only then) an organisation.
pub struct Invitee<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub organisation: Option<&'a Organisation>,
}

/// Makes the account and queues its invitation, a sign-in link good for [`INVITATION_DAYS`].
pub fn invite(conn: &mut Db, by: &User, invitee: &Invitee<'_>, base: &str) -> Result<User, Refused> {
    if !by.role.may_invite(invitee.role) {
        return Err(Refused::NotAllowed);
    }
    conn.write_transaction(|conn| {
        if accounts::find_by_email(conn, invitee.email)?.is_some() {
            return Err(Refused::Conflict("There is already an account for this address".into()));
        }
        let lifetime = Duration::days(INVITATION_DAYS);
        let (user, secret) =
            accounts::create_with_link(conn, Some(invitee.email), invitee.name, invitee.role, lifetime)?;
        let of = match invitee.organisation {
            Some(o) => {
                organisations::add_member(conn, &user.id, &o.id)?;
                format!(" of {}", o.name)
            }
            None => String::new(),
        };
        let detail = format!("{} <{}> as {}{of}", user.name, invitee.email, user.role);
        accounts::audit(conn, Some(&by.id), "invited", &detail)?;
        queue_invitation(conn, by, &user, &secret, base)?;
        Ok(user)
    })
}

/// What a new sign-in link became.
pub enum NewLink {
    /// An invitation queued to the person's address.
    Emailed(User),
    /// A new one-time code for someone who has no address, to hand over: shown only now.
    Code(User, String),
}

/// A new link for someone whose invitation ran out or went astray (or, for a young person who
/// signs in with a code, a new code); earlier ones still work until used or expired.
pub fn resend(conn: &mut Db, by: &User, user_id: &str, base: &str) -> Result<NewLink, Refused> {
    conn.write_transaction(|conn| {
        let user = someone_else(conn, by, user_id)?;
        if !by.may_manage(&user) {
            return Err(Refused::NotAllowed);
        }
        let Some(email) = user.email.clone() else {
            let code = new_code(conn, by, &user)?;
            return Ok(NewLink::Code(user, code));
        };
        let secret = accounts::issue_link(conn, &user.id, Duration::days(INVITATION_DAYS))?;
        accounts::audit(conn, Some(&by.id), "sent a new sign-in link", &format!("{} <{email}>", user.name))?;
        queue_invitation(conn, by, &user, &secret, base)?;
        Ok(NewLink::Emailed(user))
    })
}

/// An account for a young person without email, and its first sign-in code (shown only once).
pub fn make_code(conn: &mut Db, by: &User, name: &str) -> Result<(User, String), Refused> {
    if !by.role.is_staff() {
        return Err(Refused::NotAllowed);
    }
    conn.write_transaction(|conn| {
        let user = accounts::create_user(conn, None, name, Role::Ambassador)?;
        let code = new_code(conn, by, &user)?;
        Ok((user, code))
    })
}

/// A one-time sign-in code for `user`, good for [`SIGN_IN_CODE_DAYS`], with its audit record.
fn new_code(conn: &mut Db, by: &User, user: &User) -> Result<String, Refused> {
    let code = accounts::issue_code(conn, &user.id, Duration::days(SIGN_IN_CODE_DAYS))?;
    accounts::audit(conn, Some(&by.id), "made a sign-in code", &format!("for {} ({})", user.name, user.role))?;
    Ok(code)
}

/// Moves someone to another role; it applies from their next page.
pub fn change_role(conn: &mut Db, by: &User, user_id: &str, role: Role) -> Result<User, Refused> {
    conn.write_transaction(|conn| {
        let user = someone_else(conn, by, user_id)?;
        if user.role == role {
            return Ok(user);
        }
        if !by.may_move(&user, role) {
            return Err(Refused::NotAllowed);
        }
        accounts::set_role(conn, &user.id, role)?;
        accounts::audit(conn, Some(&by.id), "changed a role", &format!("{}: {} to {role}", user.name, user.role))?;
        Ok(User { role, ..user })
    })
}

/// Closes someone's account: signed out everywhere, their links and codes void, their address
/// free to be invited again. What they did stays in the audit log under their name.
pub fn remove(conn: &mut Db, by: &User, user_id: &str) -> Result<User, Refused> {
    conn.write_transaction(|conn| {
        let user = someone_else(conn, by, user_id)?;
        if !by.may_manage(&user) {
            return Err(Refused::NotAllowed);
        }
        accounts::disable(conn, &user.id)?;
        let email = user.email.as_deref().unwrap_or("signs in with a code");
        accounts::audit(conn, Some(&by.id), "removed", &format!("{} <{email}>, {}", user.name, user.role))?;
        Ok(user)
    })
}

/// The active account `user_id`, if it is not the person asking: nobody removes themselves
/// or changes their own role, so an admin always remains to mend a mistake.
fn someone_else(conn: &mut Db, by: &User, user_id: &str) -> Result<User, Refused> {
    let user = accounts::find_user(conn, user_id)?.ok_or(Refused::NotFound)?;
    if user.id == by.id {
        return Err(Refused::Conflict("You can't change your own account here: ask another admin.".into()));
    }
    Ok(user)
}

fn queue_invitation(conn: &mut Db, by: &User, user: &User, secret: &str, base: &str) -> Result<(), Refused> {
    let to = user.email.as_deref().expect("an invitation goes to an account with an address");
    let link = format!("{base}/sign-in/link/{secret}");
    emails::queue(conn, &letters::invitation(to, &user.name, &by.name, user.role, &link, INVITATION_DAYS, base))?;
    Ok(())
}

/// Someone the council's provider vouched for comes in: as their account if they have one,
/// else with a new account when one of their groups lets them in; a session starts (the
/// session's secret is returned, for its cookie). Refused when neither, with what to do.
pub fn council_sign_in(conn: &mut Db, config: &OidcConfig, person: &Person) -> Result<(User, String), Refused> {
    conn.write_transaction(|conn| {
        let existing = accounts::find_by_email(conn, &person.email)?;
        let user = match (config.admit(person, existing.is_some()), existing) {
            (Admission::Existing, Some(user)) => user,
            (Admission::New(role), _) => {
                let user = accounts::create_user(conn, Some(&person.email), &person.name, role)?;
                let what = format!("{} as {role}, from a group the council's sign-in named", user.name);
                accounts::audit(conn, Some(&user.id), "joined with the council's sign-in", &what)?;
                user
            }
            _ => {
                let why = format!(
                    "Your council account ({}) is not set up for ourvoice yet. Ask the Participation team to \
                     invite you with this address, then sign in again.",
                    person.email
                );
                return Err(Refused::Conflict(why));
            }
        };
        let (secret, _) = accounts::create_session(conn, &user.id)?;
        accounts::audit(conn, Some(&user.id), "signed in", "with the council's sign-in")?;
        Ok((user, secret))
    })
}
