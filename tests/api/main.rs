//! The integration suite: one binary, a module per feature. Runs on SQLite by default and on
//! PostgreSQL when `TEST_DATABASE_URL=postgres://…` is set (a fresh database per test).

mod cli;
mod helpers;
mod pages;
mod storage;
mod survey_format;
