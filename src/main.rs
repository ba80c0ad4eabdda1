use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use ourvoice::accounts::{FIRST_ADMIN_HOURS, Role};
use ourvoice::app::Application;
use ourvoice::config::{DatabaseConfig, LinkConfig, MailConfig, ServeConfig, SiteConfig};
use ourvoice::import::import;
use ourvoice::mail::{self, Mailer};
use ourvoice::spreadsheet::write_row;
use ourvoice::store::{Store, accounts, codes, counts, emails, open_one, surveys};
use ourvoice::survey::{Access, Keyword, Status, language_name, load_paths, to_toml};
use ourvoice::text::TextPipeline;
use ourvoice::web::cards::{Cards, Sheet, card_link};

/// ourvoice: children and young people in care answer short surveys, anonymously.
///
/// With no command, `ourvoice` serves (as `ourvoice serve`).
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(flatten)]
    database: DatabaseConfig,
    #[command(flatten)]
    serve: ServeConfig,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database, import the survey folder if there are no surveys yet, and serve.
    Serve(Box<ServeConfig>),
    /// Check survey files (or folders of them) without touching any database.
    Check {
        /// Survey files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check survey files, then create or update the surveys by slug.
    Import {
        /// Survey files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Import new surveys as drafts for review instead of open for answers (surveys already
        /// there keep their status).
        #[arg(long)]
        draft: bool,
    },
    /// Print a survey's results as JSON, suppressed exactly as the results API does.
    Results { slug: String },
    /// Write a survey back as a survey file (to standard output unless --output is given).
    ExportSurvey {
        slug: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Make single-use codes for a survey and print them (only their hashes are stored).
    Codes {
        slug: String,
        /// How many codes to make.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        count: u32,
        /// text: one code per line; csv: code and link; html: printable cards with QR codes.
        #[arg(long, value_enum, default_value_t = CodesFormat::Text)]
        format: CodesFormat,
        #[command(flatten)]
        links: LinkConfig,
    },
    /// A survey on paper: a printable A4 PDF in one of its languages, every sheet marked with
    /// today's print batch for that language (made by Chromium; see README, Paper).
    Paper {
        slug: String,
        /// The sheet's language: one the survey is translated into.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Where to write the PDF.
        #[arg(long, short)]
        output: PathBuf,
        #[command(flatten)]
        links: LinkConfig,
        #[command(flatten)]
        site: SiteConfig,
    },
    /// Read one answer per line on stdin; write one JSON object per line: the redacted text,
    /// whether it holds words of concern, its priority and themes. Needs no database.
    Scan {
        /// Use the word lists in this folder (as in lexicons/) instead of the built-in ones.
        #[arg(long, env = "OURVOICE_LEXICONS")]
        lexicons: Option<PathBuf>,
    },
    /// Email each partner whose actions are past their due date (once a week at most), then
    /// send every email waiting. `ourvoice serve` also does this every OURVOICE_REMIND_HOURS.
    Remind {
        /// Count actions as past due from this day (default: today, UTC), as 2027-04-01.
        #[arg(long)]
        today: Option<NaiveDate>,
        #[command(flatten)]
        links: LinkConfig,
        #[command(flatten)]
        mail: MailConfig,
    },
    /// Accounts for the people who run ourvoice.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Bring the database schema up to date.
    Migrate,
    /// Write a consistent copy of the (SQLite) database to FILE, while it serves.
    Backup {
        /// The new file to write; it must not exist yet.
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an account and print a one-time sign-in link for it (valid 24 hours).
    CreateUser {
        email: String,
        /// ambassador, staff, partner or admin.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// The name shown in the audit log (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        links: LinkConfig,
    },
    /// Make a token for a tool that reads results through the API, and print it once.
    CreateToken {
        /// Who or what uses it, for the audit log.
        name: String,
    },
}

fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| format!("unknown role \"{text}\" — expected one of {}", Role::expected()))
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CodesFormat {
    Text,
    Csv,
    Html,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_timer(ourvoice::web::privacy::Seconds)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ourvoice: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let database_url = cli.database.database_url;
    let Some(command) = cli.command else {
        return serve(database_url, cli.serve);
    };
    match command {
        Command::Serve(config) => serve(database_url, *config),
        Command::Check { paths } => {
            let loaded = load_paths(&paths);
            for problem in &loaded.problems {
                eprintln!("{problem}");
            }
            for file in &loaded.surveys {
                for gap in file.survey.untranslated() {
                    let (path, lang, what) =
                        (file.path.display(), format!("{} ({})", language_name(&gap.lang), gap.lang), gap.what);
                    eprintln!("{path}: warning: {} has no {lang} translation yet, so it is shown in English", what);
                }
            }
            if loaded.is_ok() {
                println!("{} survey file(s) OK", loaded.surveys.len());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s) found", loaded.problems.len());
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Import { paths, draft } => {
            let mut conn = open_one(&database_url)?;
            let status = if draft { Status::Draft } else { Status::Open };
            match import(&mut conn, &paths, status) {
                Ok(lines) => {
                    lines.iter().for_each(|l| println!("{l}"));
                    Ok(ExitCode::SUCCESS)
                }
                Err(failed) => {
                    failed.lines.iter().for_each(|l| eprintln!("{l}"));
                    eprintln!("nothing was imported from files with problems");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::ExportSurvey { slug, output } => {
            let mut conn = open_one(&database_url)?;
            let Some(stored) = surveys::find(&mut conn, &slug)? else {
                eprintln!("there is no survey \"{slug}\"");
                return Ok(ExitCode::FAILURE);
            };
            let text = to_toml(&stored.survey);
            match output {
                Some(path) => std::fs::write(&path, text)?,
                None => std::io::stdout().write_all(text.as_bytes())?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Codes { slug, count, format, links } => {
            let base_url = links.base();
            let mut conn = open_one(&database_url)?;
            let Some(stored) = surveys::find(&mut conn, &slug)? else {
                eprintln!("there is no survey \"{slug}\"");
                return Ok(ExitCode::FAILURE);
            };
            if stored.survey.access != Access::Codes {
                eprintln!(
                    "note: survey \"{slug}\" has access = \"link\", so it does not ask for codes; \
                     set access = \"codes\" in its file for these to be needed"
                );
            }
            let made = codes::create(&mut conn, &stored.id, count as usize)?;
            let mut out = std::io::stdout().lock();
            match format {
                CodesFormat::Text => made.iter().try_for_each(|c| writeln!(out, "{c}"))?,
                CodesFormat::Csv => {
                    let mut csv = csv::Writer::from_writer(out);
                    write_row(&mut csv, ["code", "link"])?;
                    for code in &made {
                        write_row(&mut csv, [code.to_string(), card_link(&base_url, &slug, "en", Some(code))])?;
                    }
                    csv.flush()?;
                }
                CodesFormat::Html => {
                    let sheet = Sheet {
                        title: &stored.survey.title,
                        lang: "en",
                        base_url: &base_url,
                        slug: &slug,
                        cards: Cards::Codes(&made),
                        back: None,
                    };
                    out.write_all(sheet.render().into_string().as_bytes())?;
                }
            }
            eprintln!("made {} codes for \"{slug}\"", made.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Paper { slug, lang, output, links, site } => {
            let mut conn = open_one(&database_url)?;
            let Some(stored) = surveys::find(&mut conn, &slug)? else {
                eprintln!("there is no survey \"{slug}\"");
                return Ok(ExitCode::FAILURE);
            };
            let offered = stored.survey.offered_languages();
            if !offered.contains(&lang.as_str()) {
                eprintln!("survey \"{slug}\" has no \"{lang}\" version: use one of {}", offered.join(", "));
                return Ok(ExitCode::FAILURE);
            }
            let printer = ourvoice::pdf::can_print(&lang)?;
            let batch = ourvoice::usecase::paper::todays_batch(&mut conn, &stored.id, &lang, None)?;
            let keying = format!("{}/staff/paper/{}", links.base(), batch.id);
            let html = ourvoice::web::paper::sheet::render(&stored.survey, &lang, &batch.id, &keying, &site, None);
            std::fs::write(&output, printer.print(&html.into_string())?)?;
            eprintln!("wrote {}: \"{slug}\" in {}, batch {}", output.display(), language_name(&lang), batch.id);
            Ok(ExitCode::SUCCESS)
        }
        Command::Scan { lexicons } => {
            let pipeline = match lexicons {
                Some(dir) => std::sync::Arc::new(TextPipeline::from_dir(&dir)?),
                None => TextPipeline::embedded(),
            };
            pipeline.scan(std::io::stdin().lock(), std::io::BufWriter::new(std::io::stdout().lock()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin(AdminCommand::CreateUser { email, role, name, links }) => {
            let mut conn = open_one(&database_url)?;
            if accounts::find_by_email(&mut conn, &email)?.is_some() {
                eprintln!("there is already an account for {email}");
                return Ok(ExitCode::FAILURE);
            }
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
            let lifetime = chrono::Duration::hours(FIRST_ADMIN_HOURS);
            let (_, token) = accounts::create_with_link(&mut conn, Some(&email), &name, role, lifetime)?;
            accounts::audit(
                &mut conn,
                None,
                "created an account",
                &format!("{name} <{email}> as {role}, from the command line"),
            )?;
            println!("{}/sign-in/link/{token}", links.base());
            eprintln!("made {role} account for {email}; the link works once, within 24 hours");
            Ok(ExitCode::SUCCESS)
        }
        Command::Results { slug } => {
            let mut conn = open_one(&database_url)?;
            let Some(stored) = surveys::find(&mut conn, &slug)? else {
                eprintln!("there is no survey \"{slug}\"");
                return Ok(ExitCode::FAILURE);
            };
            let results = counts::results(&mut conn, &stored.id, &stored.survey)?;
            println!("{}", serde_json::to_string_pretty(&results)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin(AdminCommand::CreateToken { name }) => {
            let mut conn = open_one(&database_url)?;
            let token = accounts::create_api_token(&mut conn, &name)?;
            accounts::audit(&mut conn, None, "made an API token", &format!("{name}, from the command line"))?;
            println!("{token}");
            eprintln!(
                "made a results API token for {name}: send it as \"Authorization: Bearer <token>\"; it is shown only now"
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Remind { today, links, mail } => {
            remind(database_url, today.unwrap_or_else(|| chrono::Utc::now().date_naive()), links.base(), mail)
        }
        Command::Migrate => {
            open_one(&database_url)?;
            println!("the database is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { file } => {
            ourvoice::store::backup::backup(&mut open_one(&database_url)?, &file)?;
            println!("backed up to {}", file.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[actix_web::main]
async fn serve(database_url: String, config: ServeConfig) -> anyhow::Result<ExitCode> {
    let app = Application::build(database_url, config).await?;
    for line in app.imported() {
        println!("imported {line}");
    }
    if let Some(link) = app.first_admin_link() {
        println!("first admin: sign in within 24 hours at {link}");
    }
    println!("ourvoice is serving at {}/", app.address());
    app.run_until_stopped().await?;
    Ok(ExitCode::SUCCESS)
}

/// `ourvoice remind`: queue this week's reminders, then send what is waiting. Fails (for a
/// timer to notice) when email is not set up or something could not be sent.
#[actix_web::main]
async fn remind(database_url: String, today: NaiveDate, base: String, config: MailConfig) -> anyhow::Result<ExitCode> {
    let store = Store::open(&database_url)?;
    let mailer = Mailer::from_config(&config, &base)?;
    let (reminded, closing) = store
        .run(move |conn| {
            Ok((mail::queue_reminders(conn, today, &base)?, mail::queue_closing_notices(conn, today, &base)?))
        })
        .await?;
    for (partner, overdue) in &reminded {
        println!("reminding {partner}: {overdue} action(s) past due");
    }
    for slug in &closing {
        println!("reminding staff: {slug} closes within {} days", mail::CLOSING_NOTICE_DAYS);
    }
    if reminded.is_empty() {
        println!("no partner has actions past due on {today} that it was not reminded of this week");
    }
    let Some(mailer) = mailer else {
        eprintln!("OURVOICE_SMTP_URL is not set: the reminders are kept, and go when email is set up");
        return Ok(ExitCode::FAILURE);
    };
    let sent = mail::deliver_pending(&store, &mailer).await?;
    println!("sent {sent} email(s)");
    // An email a running server has in hand is not one this command failed to send.
    let left = store.run(|conn| emails::unclaimed_count(conn)).await?;
    if left > 0 {
        eprintln!("{left} email(s) could not be sent yet: they are kept and retried (staff see them at /staff/emails)");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
