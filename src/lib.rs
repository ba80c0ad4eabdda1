//! ourvoice: anonymous surveys for children in care, their answers gathered into the
//! strategy's five priorities, and "You said, we did" in reply.

pub mod accounts;
pub mod app;
pub mod codes;
pub mod config;
pub mod import;
pub mod locale;
pub mod mail;
pub mod metrics;
pub mod oidc;
pub mod paper;
pub mod pdf;
pub mod reports;
pub mod results;
pub mod speech;
pub mod spreadsheet;
pub mod store;
pub mod survey;
pub mod text;
pub mod usecase;
pub mod web;
pub mod workflow;
