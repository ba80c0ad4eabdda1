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
/// A one-time sign-in code (for young people without email) works this long.
pub const SIGN_IN_CODE_DAYS: i64 = 7;
/// The link printed for a first admin works this long.
pub const FIRST_ADMIN_HOURS: i64 = 24;
/// A session ends after this long without use…
pub const SESSION_IDLE_MINUTES: i64 = 120;
/// …and after this long in any case.
pub const SESSION_ABSOLUTE_HOURS: i64 = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: String,
    pub email: Option<String>,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<String>,
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
}
