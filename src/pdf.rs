//! A printable page made into a PDF by headless Chromium, as a browser prints it (its print
//! styles, A4, every script the page's own language needs drawn with the system's fonts).
//! Chromium runs with no network of its own, a fresh profile, and a time limit.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where Chromium is looked for, unless `OURVOICE_CHROMIUM` names it.
const CANDIDATES: &[&str] = &["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const TIME_LIMIT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(
        "making a PDF needs Chromium (apt-get install chromium, or set OURVOICE_CHROMIUM to it); \
         the page itself prints from any browser"
    )]
    NoChromium,
    #[error(
        "no font for {0} is installed on this server, so the sheet would print as empty boxes: \
         install one (on Debian: apt-get install fonts-lohit-beng-bengali for Bengali, \
         fonts-wqy-microhei for Chinese, fonts-noto-core for the rest) and print again"
    )]
    NoFont(String),
    #[error("Chromium could not make the PDF: {0}")]
    Failed(String),
}

/// The browser that makes PDFs here, if there is one.
pub fn chromium() -> Option<PathBuf> {
    let named = std::env::var_os("OURVOICE_CHROMIUM").map(PathBuf::from);
    named.into_iter().chain(CANDIDATES.iter().map(PathBuf::from)).find(|p| p.is_file())
}

/// Chromium, found able to print pages in one language.
pub struct Printer(PathBuf);

/// Whether a PDF in `lang` can be made here: Chromium, and a font with that language's letters
/// (asked of fontconfig, which Chromium draws with; if `fc-list` itself is missing, that
/// cannot be told, and printing goes ahead). Asked once, before anything is made to print.
pub fn can_print(lang: &str) -> Result<Printer, PdfError> {
    let browser = chromium().ok_or(PdfError::NoChromium)?;
    let fonts = Command::new("fc-list").arg(format!(":lang={lang}")).arg("family").stderr(Stdio::null()).output();
    match fonts {
        Ok(found) if found.status.success() && found.stdout.trim_ascii().is_empty() => {
            Err(PdfError::NoFont(crate::survey::language_name(lang).to_string()))
        }
        _ => Ok(Printer(browser)),
    }
}

impl Printer {
    /// `html` (a page in the printer's language that loads nothing from elsewhere) as a PDF.
    pub fn print(&self, html: &str) -> Result<Vec<u8>, PdfError> {
        let dir = tempfile::tempdir().map_err(|e| PdfError::Failed(e.to_string()))?;
        let (page, pdf, log) =
            (dir.path().join("page.html"), dir.path().join("page.pdf"), dir.path().join("chromium.log"));
        std::fs::write(&page, html).map_err(|e| PdfError::Failed(e.to_string()))?;
        // What Chromium says goes to a file: a pipe nobody reads until it ends could fill up
        // and stop it half way.
        let stderr = std::fs::File::create(&log).map_err(|e| PdfError::Failed(e.to_string()))?;
        let mut child = Command::new(&self.0)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(format!("file://{}", page.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .map_err(|e| PdfError::Failed(e.to_string()))?;
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().map_err(|e| PdfError::Failed(e.to_string()))? {
                break status;
            }
            if started.elapsed() > TIME_LIMIT {
                let _ = child.kill();
                return Err(PdfError::Failed(format!("it took longer than {} seconds", TIME_LIMIT.as_secs())));
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        match std::fs::read(&pdf) {
            Ok(bytes) if status.success() && bytes.starts_with(b"%PDF") => Ok(bytes),
            _ => {
                let said = std::fs::read_to_string(&log).unwrap_or_default();
                Err(PdfError::Failed(format!("{status}: {}", said.lines().last().unwrap_or("no output"))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A browser that says a great deal before it fails is not left stuck on a full pipe until
    /// the time limit: its failure comes back at once, with the last thing it said.
    #[test]
    fn a_failing_browser_that_says_a_lot_is_reported_with_its_last_words() {
        let dir = tempfile::tempdir().unwrap();
        let browser = dir.path().join("chatty-browser");
        std::fs::write(
            &browser,
            "#!/bin/sh\n{ head -c 300000 /dev/zero | tr '\\0' x; echo; echo 'no display here'; } >&2\nexit 3\n",
        )
        .unwrap();
        std::fs::set_permissions(&browser, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let started = Instant::now();
        let said = Printer(browser).print("<p>Hello</p>").unwrap_err().to_string();
        assert!(said.ends_with("no display here"), "{said}");
        assert!(started.elapsed() < Duration::from_secs(20), "took {:?}", started.elapsed());
    }
}
