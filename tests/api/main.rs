//! The integration suite: one binary, a module per feature. Runs on SQLite by default and on
//! PostgreSQL when `TEST_DATABASE_URL=postgres://…` is set (a fresh database per test).

mod accounts;
mod anonymity;
mod attacker;
mod browser;
mod cli;
mod contact;
mod designer;
mod disclosure;
mod durability;
mod fuzz;
mod hardening;
mod helpers;
mod journey;
mod kiosk;
mod languages;
mod pages;
mod paper;
mod read_aloud;
mod readability;
mod reports;
mod results;
mod running;
mod safeguarding;
mod shipped_surveys;
mod snapshots;
mod storage;
mod submission;
mod survey_format;
mod text_pipeline;
mod themes_board;
mod usecases;
mod weight;
