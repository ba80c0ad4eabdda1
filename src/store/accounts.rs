//! Accounts, sign-in tokens, sessions and the audit log.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{api_tokens, audit_log, sessions, sign_in_tokens, users};
use super::{Db, StoreError, new_id, new_secret, now};
use crate::accounts::{Role, SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, User};
use crate::codes::{Code, sha256_hex};
use crate::survey::Keyword;

type UserRow = (String, Option<String>, String, String, Option<String>);

fn user_from(row: UserRow) -> Result<User, StoreError> {
    let (id, email, name, role, organisation_id) = row;
    let role = Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("unknown role {role:?}")))?;
    Ok(User { id, email, name, role, organisation_id })
}

const USER_COLUMNS: (users::id, users::email, users::name, users::role, users::organisation_id) =
    (users::id, users::email, users::name, users::role, users::organisation_id);

pub fn user_count(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

pub fn create_user(conn: &mut Db, email: Option<&str>, name: &str, role: Role) -> Result<User, StoreError> {
    let user = User {
        id: new_id(),
        email: email.map(|e| e.trim().to_lowercase()),
        name: name.trim().to_string(),
        role,
        organisation_id: None,
    };
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&user.id),
            users::email.eq(&user.email),
            users::name.eq(&user.name),
            users::role.eq(role.as_str()),
            users::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(user)
}

/// An active account with this email address (any case).
pub fn find_by_email(conn: &mut Db, email: &str) -> Result<Option<User>, StoreError> {
    users::table
        .filter(users::email.eq(email.trim().to_lowercase()).and(users::disabled.eq(0)))
        .select(USER_COLUMNS)
        .first::<UserRow>(conn)
        .optional()?
        .map(user_from)
        .transpose()
}

/// Takes the write lock for the account with `email` until the transaction ends (a no-op
/// update: a row lock on PostgreSQL, the database's write lock on SQLite), so that checking a
/// limit and acting on it cannot interleave with another request for the same account.
pub fn lock_by_email(conn: &mut Db, email: &str) -> Result<(), StoreError> {
    diesel::update(users::table.filter(users::email.eq(email.trim().to_lowercase())))
        .set(users::email.eq(users::email))
        .execute(conn)?;
    Ok(())
}

/// The active account with this id.
pub fn find_user(conn: &mut Db, id: &str) -> Result<Option<User>, StoreError> {
    users::table
        .filter(users::id.eq(id).and(users::disabled.eq(0)))
        .select(USER_COLUMNS)
        .first::<UserRow>(conn)
        .optional()?
        .map(user_from)
        .transpose()
}

/// The addresses of everyone active in one of `roles` who has one.
pub fn addresses_of(conn: &mut Db, roles: &[Role]) -> Result<Vec<String>, StoreError> {
    let roles: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    let found: Vec<Option<String>> = users::table
        .filter(users::role.eq_any(roles).and(users::disabled.eq(0)).and(users::email.is_not_null()))
        .order(users::email)
        .select(users::email)
        .load(conn)?;
    Ok(found.into_iter().flatten().collect())
}

/// Who last did `action` with exactly `detail`, by the audit log, if they are still active.
pub fn last_to(conn: &mut Db, action: &str, detail: &str) -> Result<Option<User>, StoreError> {
    let who: Option<Option<String>> = audit_log::table
        .filter(audit_log::action.eq(action).and(audit_log::detail.eq(detail)))
        .order(audit_log::at.desc())
        .select(audit_log::user_id)
        .first(conn)
        .optional()?;
    match who.flatten() {
        Some(id) => find_user(conn, &id),
        None => Ok(None),
    }
}

pub fn set_role(conn: &mut Db, id: &str, role: Role) -> Result<(), StoreError> {
    diesel::update(users::table.find(id)).set(users::role.eq(role.as_str())).execute(conn)?;
    Ok(())
}

/// Closes an account: it can no longer sign in, its sessions end and its unused links and
/// codes go, and its address is let go (so the person can be invited again). The row stays, so
/// the audit log still names who did what.
pub fn disable(conn: &mut Db, id: &str) -> Result<(), StoreError> {
    diesel::update(users::table.find(id))
        .set((users::disabled.eq(1), users::email.eq(None::<String>)))
        .execute(conn)?;
    end_all_sessions(conn, id)?;
    diesel::delete(sign_in_tokens::table.filter(sign_in_tokens::user_id.eq(id))).execute(conn)?;
    Ok(())
}

pub fn list_users(conn: &mut Db) -> Result<Vec<User>, StoreError> {
    let rows: Vec<UserRow> =
        users::table.filter(users::disabled.eq(0)).order(users::name).select(USER_COLUMNS).load(conn)?;
    rows.into_iter().map(user_from).collect()
}

fn store_token(conn: &mut Db, user_id: &str, secret: &str, lifetime: Duration) -> Result<(), StoreError> {
    diesel::insert_into(sign_in_tokens::table)
        .values((
            sign_in_tokens::hash.eq(sha256_hex(secret)),
            sign_in_tokens::user_id.eq(user_id),
            sign_in_tokens::expires_at.eq(now() + lifetime),
        ))
        .execute(conn)?;
    Ok(())
}

/// A new single-use sign-in link secret for `user_id`, valid for `lifetime`. It exists in the
/// clear only in what this returns; the database keeps its SHA-256.
pub fn issue_link(conn: &mut Db, user_id: &str, lifetime: Duration) -> Result<String, StoreError> {
    let secret = new_secret();
    store_token(conn, user_id, &secret, lifetime)?;
    Ok(secret)
}

/// A new one-time sign-in code (like `K7QX-M3PA`, easy to hand over on paper) for `user_id`.
pub fn issue_code(conn: &mut Db, user_id: &str, lifetime: Duration) -> Result<String, StoreError> {
    let code = Code::generate().to_string();
    store_token(conn, user_id, &code, lifetime)?;
    Ok(code)
}

/// A new account and a one-time sign-in link for it.
pub fn create_with_link(
    conn: &mut Db,
    email: Option<&str>,
    name: &str,
    role: Role,
    lifetime: Duration,
) -> Result<(User, String), StoreError> {
    let user = create_user(conn, email, name, role)?;
    let secret = issue_link(conn, &user.id, lifetime)?;
    Ok((user, secret))
}

/// Uses a sign-in token: the account it belongs to, once, if it has not expired.
pub fn redeem_token(conn: &mut Db, secret: &str) -> Result<Option<User>, StoreError> {
    let hash = sha256_hex(secret);
    conn.write_transaction(|conn| {
        let changed = diesel::update(sign_in_tokens::table.filter(
            sign_in_tokens::hash.eq(&hash).and(sign_in_tokens::used.eq(0)).and(sign_in_tokens::expires_at.gt(now())),
        ))
        .set(sign_in_tokens::used.eq(1))
        .execute(conn)?;
        if changed != 1 {
            return Ok(None);
        }
        let row: Option<UserRow> = sign_in_tokens::table
            .inner_join(users::table)
            .filter(sign_in_tokens::hash.eq(&hash).and(users::disabled.eq(0)))
            .select(USER_COLUMNS)
            .first(conn)
            .optional()?;
        row.map(user_from).transpose()
    })
}

/// A new session for `user_id`; returns (cookie secret, CSRF token).
pub fn create_session(conn: &mut Db, user_id: &str) -> Result<(String, String), StoreError> {
    let (secret, csrf) = (new_secret(), new_id());
    diesel::insert_into(sessions::table)
        .values((
            sessions::hash.eq(sha256_hex(&secret)),
            sessions::user_id.eq(user_id),
            sessions::csrf.eq(&csrf),
            sessions::created_at.eq(now()),
            sessions::last_seen.eq(now()),
        ))
        .execute(conn)?;
    Ok((secret, csrf))
}

/// The signed-in account and its CSRF token, if the session is live; marks it used.
pub fn session(conn: &mut Db, secret: &str) -> Result<Option<(User, String)>, StoreError> {
    let hash = sha256_hex(secret);
    let now = now();
    let row: Option<(UserRow, String, NaiveDateTime, NaiveDateTime)> = sessions::table
        .inner_join(users::table)
        .filter(sessions::hash.eq(&hash).and(users::disabled.eq(0)))
        .select((USER_COLUMNS, sessions::csrf, sessions::created_at, sessions::last_seen))
        .first(conn)
        .optional()?;
    let Some((user, csrf, created, seen)) = row else { return Ok(None) };
    if now - seen > Duration::minutes(SESSION_IDLE_MINUTES) || now - created > Duration::hours(SESSION_ABSOLUTE_HOURS) {
        diesel::delete(sessions::table.find(&hash)).execute(conn)?;
        return Ok(None);
    }
    if now - seen > Duration::minutes(1) {
        diesel::update(sessions::table.find(&hash)).set(sessions::last_seen.eq(now)).execute(conn)?;
    }
    Ok(Some((user_from(user)?, csrf)))
}

/// Deletes sessions that have ended (idle too long, or too old) and sign-in links and codes
/// that are used or expired. Returns how many of each.
pub fn purge_expired(conn: &mut Db) -> Result<(usize, usize), StoreError> {
    let now = now();
    let idle = now - Duration::minutes(SESSION_IDLE_MINUTES);
    let old = now - Duration::hours(SESSION_ABSOLUTE_HOURS);
    let sessions =
        diesel::delete(sessions::table.filter(sessions::last_seen.lt(idle).or(sessions::created_at.lt(old))))
            .execute(conn)?;
    let tokens =
        diesel::delete(sign_in_tokens::table.filter(sign_in_tokens::used.ne(0).or(sign_in_tokens::expires_at.lt(now))))
            .execute(conn)?;
    Ok((sessions, tokens))
}

pub fn end_session(conn: &mut Db, secret: &str) -> Result<(), StoreError> {
    diesel::delete(sessions::table.find(sha256_hex(secret))).execute(conn)?;
    Ok(())
}

/// Signs a person out on every device.
pub fn end_all_sessions(conn: &mut Db, user_id: &str) -> Result<usize, StoreError> {
    Ok(diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)?)
}

/// One line in the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: NaiveDateTime,
    pub who: Option<String>,
    pub action: String,
    pub detail: String,
}

pub fn audit(conn: &mut Db, user_id: Option<&str>, action: &str, detail: &str) -> Result<(), StoreError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::user_id.eq(user_id),
            audit_log::action.eq(action),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// The newest `limit` entries, newest first, with who did each.
pub fn audit_entries(conn: &mut Db, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
    let rows: Vec<(NaiveDateTime, Option<String>, String, String)> = audit_log::table
        .left_join(users::table.on(audit_log::user_id.eq(users::id.nullable())))
        .order(audit_log::at.desc())
        .limit(limit)
        .select((audit_log::at, users::name.nullable(), audit_log::action, audit_log::detail))
        .load(conn)?;
    Ok(rows.into_iter().map(|(at, who, action, detail)| AuditEntry { at, who, action, detail }).collect())
}

/// A new token for a tool that reads results, named for who uses it; only its hash is kept.
pub fn create_api_token(conn: &mut Db, name: &str) -> Result<String, StoreError> {
    let secret = new_secret();
    diesel::insert_into(api_tokens::table)
        .values((api_tokens::hash.eq(sha256_hex(&secret)), api_tokens::name.eq(name), api_tokens::created_at.eq(now())))
        .execute(conn)?;
    Ok(secret)
}

/// The name of the tool a token was made for, if it is one.
pub fn api_token(conn: &mut Db, secret: &str) -> Result<Option<String>, StoreError> {
    Ok(api_tokens::table.find(sha256_hex(secret)).select(api_tokens::name).first(conn).optional()?)
}
