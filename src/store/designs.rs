//! The designer's working copies. A design that checks clean is saved as its survey (a
//! draft) and its working copy goes; one with problems is kept as typed until they are fixed.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{designs, surveys as survey_rows};
use super::surveys::{self, SaveError};
use super::{Db, StoreError, now};
use crate::survey::{Design, Status};

/// A design as the designer opens it.
pub struct Opened {
    pub design: Design,
    /// The status of the saved survey; None while the design has never checked clean.
    pub status: Option<Status>,
}

impl Opened {
    /// Only a draft (or a survey not yet saved) may change.
    pub fn editable(&self) -> bool {
        self.status.is_none_or(|s| s == Status::Draft)
    }
}

/// A design that has not yet checked clean, so has no survey yet.
pub struct Unfinished {
    pub slug: String,
    pub title: String,
    pub updated_at: NaiveDateTime,
}

fn working_copy(conn: &mut Db, slug: &str) -> Result<Option<String>, StoreError> {
    Ok(designs::table.find(slug).select(designs::source).first(conn).optional()?)
}

/// Whether `slug`'s working copy has problems still to fix.
pub fn has_problems(conn: &mut Db, slug: &str) -> Result<bool, StoreError> {
    Ok(working_copy(conn, slug)?.is_some())
}

/// The working copy of `slug`: the one kept with its problems, or else the saved survey.
pub fn open(conn: &mut Db, slug: &str) -> Result<Option<Opened>, StoreError> {
    let status = surveys::find(conn, slug)?;
    let design = match working_copy(conn, slug)? {
        Some(source) => Design::parse(&source).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        None => match &status {
            Some(stored) => Design::from_survey(&stored.survey),
            None => return Ok(None),
        },
    };
    Ok(Some(Opened { design, status: status.map(|s| s.status) }))
}

/// Starts a new survey; false if its slug is taken by a survey or another design.
pub fn create(conn: &mut Db, design: &Design, by: &str) -> Result<bool, StoreError> {
    let slug = design.slug();
    conn.write_transaction(|conn| {
        let taken = surveys::find(conn, &slug)?.is_some() || working_copy(conn, &slug)?.is_some();
        if !taken {
            keep(conn, design, by).map_err(|e| match e {
                SaveError::Store(e) => e,
                other => unreachable!("a new survey is a draft: {other}"),
            })?;
        }
        Ok(!taken)
    })
}

fn keep_working_copy(conn: &mut Db, slug: &str, design: &Design, by: &str) -> Result<(), StoreError> {
    diesel::delete(designs::table.find(slug)).execute(conn)?;
    diesel::insert_into(designs::table)
        .values((
            designs::slug.eq(slug),
            designs::source.eq(design.source()),
            designs::updated_by.eq(by),
            designs::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Saves a change: as the survey itself when the design checks clean, else as the working copy.
/// Only a draft may change.
pub fn save(conn: &mut Db, design: &Design, by: &str) -> Result<(), SaveError> {
    let slug = design.slug();
    conn.write_transaction(|conn| {
        if let Some(stored) = surveys::find(conn, &slug)?
            && stored.status != Status::Draft
        {
            return Err(SaveError::NotADraft { slug: slug.clone(), status: stored.status });
        }
        keep(conn, design, by)
    })
}

/// The survey itself when the design checks clean, else the working copy.
fn keep(conn: &mut Db, design: &Design, by: &str) -> Result<(), SaveError> {
    let slug = design.slug();
    match design.check() {
        Ok(survey) => {
            surveys::save(conn, &survey, Status::Draft)?;
            discard(conn, &slug)?;
        }
        Err(_) => keep_working_copy(conn, &slug, design, by)?,
    }
    Ok(())
}

/// Drops `slug`'s working copy; true if there was one.
pub fn discard(conn: &mut Db, slug: &str) -> Result<bool, StoreError> {
    Ok(diesel::delete(designs::table.find(slug)).execute(conn)? > 0)
}

/// Designs with no survey yet, newest first.
pub fn unfinished(conn: &mut Db) -> Result<Vec<Unfinished>, StoreError> {
    let rows: Vec<(String, String, NaiveDateTime)> = designs::table
        .filter(designs::slug.ne_all(survey_rows::table.select(survey_rows::slug)))
        .select((designs::slug, designs::source, designs::updated_at))
        .order(designs::updated_at.desc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(slug, source, updated_at)| {
            let title = Design::parse(&source).map(|d| d.get("title")).unwrap_or_default();
            Unfinished { slug, title, updated_at }
        })
        .collect())
}
