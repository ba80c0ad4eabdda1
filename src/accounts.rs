//! People who run ourvoice, and what each role may do. No HTTP and no SQL here.

use crate::survey::{Keyword, keywords};

keywords!(
    /// What a signed-in person is.
    Role {
        Ambassador => "ambassador",
        Staff => "staff",
        Partner => "partner",
        Admin => "admin",
    }
);

/// A magic link works this long.
pub const MAGIC_LINK_MINUTES: i64 = 15;
/// The sign-in link in an invitation works this long: long enough to be read after a weekend.
pub const INVITATION_DAYS: i64 = 7;
/// A one-time sign-in code (for young people without email) works this long.
pub const SIGN_IN_CODE_DAYS: i64 = 7;
/// The link printed for a first admin works this long.
pub const FIRST_ADMIN_HOURS: i64 = 24;
/// A session ends after this long without use…
pub const SESSION_IDLE_MINUTES: i64 = 120;
/// …and after this long in any case.
pub const SESSION_ABSOLUTE_HOURS: i64 = 12;

/// A partner organisation and the addresses its reports and reminders go to.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub contact_emails: Vec<String>,
}

/// An email address as typed, tidied (trimmed, lower case), or why it can't be one: it must
/// be an address lettre can send to, with a dot in its domain (an address inside one machine's
/// network is a typing mistake here).
pub fn email_address(typed: &str) -> Result<String, String> {
    let address = typed.trim().to_lowercase();
    match address.parse::<lettre::Address>() {
        Ok(parsed) if parsed.domain().contains('.') && !parsed.domain().ends_with('.') => Ok(address),
        _ => Err(format!("\"{}\" is not an email address: write it like name@example.org", typed.trim())),
    }
}

/// Email addresses one per line (blank lines skipped), or what is wrong with each bad one.
pub fn email_addresses(typed: &str) -> Result<Vec<String>, Vec<String>> {
    let (good, bad): (Vec<_>, Vec<_>) =
        typed.lines().filter(|l| !l.trim().is_empty()).map(email_address).partition(Result::is_ok);
    if bad.is_empty() {
        Ok(good.into_iter().flatten().collect())
    } else {
        Err(bad.into_iter().filter_map(Result::err).collect())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: String,
    pub email: Option<String>,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<String>,
}

impl User {
    /// Whether this person may send `other` a new link or code, or remove them: anyone they
    /// could have invited, and (for staff) the young people they make sign-in codes for.
    pub fn may_manage(&self, other: &User) -> bool {
        let code_ambassador = other.email.is_none() && other.role == Role::Ambassador;
        self.id != other.id && (self.role.may_invite(other.role) || (self.role.is_staff() && code_ambassador))
    }

    /// Whether this person may move `other` into the role `to`: never themselves.
    pub fn may_move(&self, other: &User, to: Role) -> bool {
        self.id != other.id && self.role.may_change_role(other.role, to)
    }
}

impl Role {
    /// Staff and admins run surveys, read the audit log and answer for what happens.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }

    /// Everyone but partners designs and reviews surveys; partners see them only in reports.
    pub fn works_on_surveys(self) -> bool {
        self != Role::Partner
    }

    /// Whom this role may invite, send a new link to and remove: admins anyone, staff the
    /// partners they work with.
    pub fn may_invite(self, invited: Role) -> bool {
        self == Role::Admin || (self == Role::Staff && invited == Role::Partner)
    }

    /// Whether this role may move someone from one role to another: only admins, and only
    /// among the roles that belong to no organisation (a partner is invited as one).
    pub fn may_change_role(self, from: Role, to: Role) -> bool {
        self == Role::Admin && from != Role::Partner && to != Role::Partner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_invite_anyone_and_staff_invite_partners() {
        assert!(Role::ALL.iter().all(|r| Role::Admin.may_invite(*r)));
        let by_staff: Vec<Role> = Role::ALL.iter().copied().filter(|r| Role::Staff.may_invite(*r)).collect();
        assert_eq!(by_staff, [Role::Partner]);
        assert!(!Role::ALL.iter().any(|r| Role::Ambassador.may_invite(*r) || Role::Partner.may_invite(*r)));
    }

    #[test]
    fn email_addresses_are_tidied_and_bad_ones_named() {
        assert_eq!(email_address(" Sam@Council.Test "), Ok("sam@council.test".into()));
        for bad in ["sam", "sam@", "@council.test", "sam@council", "sam smith@council.test", "a@b@c.test", "sam@.test"]
        {
            assert!(email_address(bad).is_err(), "{bad}");
        }
        assert_eq!(email_addresses("a@nhs.test\n\n B@nhs.test"), Ok(vec!["a@nhs.test".into(), "b@nhs.test".into()]));
        assert_eq!(
            email_addresses("a@nhs.test\nnope").unwrap_err(),
            ["\"nope\" is not an email address: write it like name@example.org"]
        );
    }
}
