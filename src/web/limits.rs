//! Limits on guessing: wrong single-use codes are counted per client, in memory only (the
//! address is never stored or logged), and a client with too many is told to wait.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::HttpRequest;

pub struct CodeLimiter {
    max_failures: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

impl CodeLimiter {
    pub fn new(max_failures: u32, window: Duration) -> CodeLimiter {
        CodeLimiter { max_failures, window, failures: Mutex::new(HashMap::new()) }
    }

    fn client(req: &HttpRequest) -> String {
        req.connection_info().realip_remote_addr().unwrap_or("unknown").to_string()
    }

    /// Whether this client may try another code now.
    pub fn allowed(&self, req: &HttpRequest) -> bool {
        let client = Self::client(req);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match failures.get(&client) {
            Some((since, _)) if since.elapsed() > self.window => {
                failures.remove(&client);
                true
            }
            Some((_, count)) => *count < self.max_failures,
            None => true,
        }
    }

    /// Counts a wrong code from this client.
    pub fn failed(&self, req: &HttpRequest) {
        let client = Self::client(req);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Forget clients whose window has passed, so the map stays small.
        failures.retain(|_, (since, _)| since.elapsed() <= self.window);
        failures.entry(client).or_insert((Instant::now(), 0)).1 += 1;
    }
}

impl Default for CodeLimiter {
    /// Ten wrong codes per client in fifteen minutes.
    fn default() -> Self {
        CodeLimiter::new(10, Duration::from_secs(15 * 60))
    }
}
