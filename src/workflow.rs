//! Who may move a survey from one status to another: ambassadors and staff send a draft for
//! review; only staff send it back, approve, open and close. No HTTP and no SQL here.

use crate::accounts::Role;
use crate::survey::Status;

/// A step a survey can take, as a button says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub to: Status,
    pub label: &'static str,
}

const STEPS: &[(Status, Status, &str, bool)] = &[
    // (from, to, label, staff only)
    (Status::Draft, Status::InReview, "Send for review", false),
    (Status::InReview, Status::Draft, "Send back to the designers", true),
    (Status::InReview, Status::Approved, "Approve", true),
    (Status::Approved, Status::Open, "Open for answers", true),
    (Status::Open, Status::Closed, "Close", true),
    (Status::Closed, Status::Open, "Open again", true),
];

/// The steps `role` may take from `from`.
pub fn steps(from: Status, role: Role) -> Vec<Step> {
    STEPS
        .iter()
        .filter(|(f, _, _, staff_only)| *f == from && (role.is_staff() || (!staff_only && role == Role::Ambassador)))
        .map(|(_, to, label, _)| Step { to: *to, label })
        .collect()
}

/// Whether `role` may move a survey from `from` to `to`.
pub fn allowed(from: Status, to: Status, role: Role) -> bool {
    steps(from, role).iter().any(|s| s.to == to)
}

/// What happens next to a survey in `status`, said once each step is taken.
pub fn what_happens_next(status: Status) -> &'static str {
    match status {
        Status::Draft => {
            "When the questions are ready, send it for review: staff check every survey before any young person sees it."
        }
        Status::InReview => {
            "Staff will read it and either approve it or send it back to the designers with comments, which appear below."
        }
        Status::Approved => {
            "Staff open it when it is time for young people to answer; its link and code cards work from then."
        }
        Status::Open => {
            "Answers come in anonymously. Staff close it when it is time; everyone but staff sees its results once it has closed."
        }
        Status::Closed => "No more answers come in. Its results can now go into a \"You said, we did\" report.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_staff_approve_open_and_close() {
        assert!(allowed(Status::Draft, Status::InReview, Role::Ambassador));
        assert!(allowed(Status::Draft, Status::InReview, Role::Staff));
        for role in [Role::Ambassador, Role::Partner] {
            assert!(!allowed(Status::InReview, Status::Approved, role));
            assert!(!allowed(Status::Approved, Status::Open, role));
            assert!(!allowed(Status::Open, Status::Closed, role));
        }
        assert!(!allowed(Status::Draft, Status::InReview, Role::Partner));
        assert!(allowed(Status::Approved, Status::Open, Role::Admin));
        assert!(!allowed(Status::Draft, Status::Open, Role::Admin), "nothing goes live without review");
        assert!(steps(Status::Open, Role::Staff).iter().map(|s| s.to).eq([Status::Closed]));
    }
}
