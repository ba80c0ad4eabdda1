//! Review comments on surveys and their questions.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{survey_comments, users};
use super::{Db, StoreError, new_id, now};

#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    pub question_id: Option<String>,
    pub by: String,
    pub body: String,
    pub at: NaiveDateTime,
}

pub fn add(
    conn: &mut Db,
    survey_id: &str,
    question_id: Option<&str>,
    user_id: &str,
    body: &str,
) -> Result<(), StoreError> {
    diesel::insert_into(survey_comments::table)
        .values((
            survey_comments::id.eq(new_id()),
            survey_comments::survey_id.eq(survey_id),
            survey_comments::question_id.eq(question_id),
            survey_comments::user_id.eq(user_id),
            survey_comments::body.eq(body),
            survey_comments::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A survey's comments, oldest first, with who wrote each.
pub fn for_survey(conn: &mut Db, survey_id: &str) -> Result<Vec<Comment>, StoreError> {
    let rows: Vec<(Option<String>, String, String, NaiveDateTime)> = survey_comments::table
        .inner_join(users::table)
        .filter(survey_comments::survey_id.eq(survey_id))
        .order(survey_comments::created_at.asc())
        .select((survey_comments::question_id, users::name, survey_comments::body, survey_comments::created_at))
        .load(conn)?;
    Ok(rows.into_iter().map(|(question_id, by, body, at)| Comment { question_id, by, body, at }).collect())
}
