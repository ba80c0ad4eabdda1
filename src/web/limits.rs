//! Limits on guessing, per client, in memory: every try at a secret (a survey's single-use code,
//! a sign-in code, a sign-in link) counts against one shared limit, and asking for sign-in
//! emails against another. Counted with `governor` (GCRA) by the client's real address: the
//! connection's peer, or, when that peer is one of `OURVOICE_TRUSTED_PROXIES`, the nearest
//! address in `X-Forwarded-For` that is not a trusted proxy. IPv6 clients count by their /64.
//! A client is forgotten once its limit has refilled (swept every minute), so memory grows only
//! with the clients seen in the last quarter hour. The address is never stored or logged.
//!
//! Each server process keeps its own counts: with several processes behind a load balancer, a
//! client may try as many times as there are processes (document the number you run).

use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::time::Duration;

use actix_web::HttpRequest;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use ipnet::IpNet;

use super::WebError;

/// Tries at secrets per client in [`WINDOW`]: enough for a children's home or an event sharing
/// one connection, far too few to guess a code.
pub const TRIES: u32 = 30;
/// Sign-in emails one client may ask for in [`WINDOW`].
pub const SIGN_IN_ASKS: u32 = 10;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

pub struct Limits {
    trusted: Vec<IpNet>,
    secrets: DefaultKeyedRateLimiter<IpAddr>,
    sign_in: DefaultKeyedRateLimiter<IpAddr>,
}

fn per_window(count: u32) -> Quota {
    let count = NonZeroU32::new(count).expect("a limit above zero");
    Quota::with_period(WINDOW / count.get()).expect("a period above zero").allow_burst(count)
}

impl Limits {
    pub fn new(trusted: Vec<IpNet>) -> Limits {
        Limits {
            trusted,
            secrets: RateLimiter::dashmap(per_window(TRIES)),
            sign_in: RateLimiter::dashmap(per_window(SIGN_IN_ASKS)),
        }
    }

    /// The address the request came from, as the limits count it.
    pub fn client(&self, req: &HttpRequest) -> IpAddr {
        let peer = req.peer_addr().map_or(IpAddr::from([0, 0, 0, 0]), |a| a.ip());
        let trusted = |ip: &IpAddr| self.trusted.iter().any(|net| net.contains(ip));
        let mut client = peer;
        if trusted(&peer) {
            let forwarded = req.headers().get_all("x-forwarded-for").filter_map(|v| v.to_str().ok());
            let hops: Vec<IpAddr> =
                forwarded.flat_map(|v| v.split(',')).filter_map(|h| h.trim().parse().ok()).collect();
            for hop in hops.into_iter().rev() {
                client = hop;
                if !trusted(&hop) {
                    break;
                }
            }
        }
        match client {
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
            IpAddr::V6(v6) => IpAddr::V4(v6.to_ipv4_mapped().expect("checked above")),
            v4 => v4,
        }
    }

    /// Counts one try at a code or a link; over the limit, the client must wait.
    pub fn try_secret(&self, req: &HttpRequest) -> Result<(), WebError> {
        self.secrets.check_key(&self.client(req)).map_err(|_| WebError::TooManyTries)
    }

    /// Counts one request for a sign-in email from this client.
    pub fn ask_for_link(&self, req: &HttpRequest) -> Result<(), WebError> {
        self.sign_in.check_key(&self.client(req)).map_err(|_| WebError::TooManyTries)
    }

    /// Forgets clients whose limits have refilled.
    pub fn forget_idle(&self) {
        for limiter in [&self.secrets, &self.sign_in] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    fn request(peer: &str, forwarded: Option<&str>) -> HttpRequest {
        let mut req = TestRequest::default().peer_addr(peer.parse().unwrap());
        if let Some(f) = forwarded {
            req = req.insert_header(("x-forwarded-for", f));
        }
        req.to_http_request()
    }

    #[test]
    fn the_client_is_the_peer_unless_the_peer_is_a_trusted_proxy() {
        let open = Limits::new(Vec::new());
        let behind = Limits::new(vec!["10.0.0.0/8".parse().unwrap()]);
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(open.client(&request("10.0.0.5:1", Some("203.0.113.9"))), ip("10.0.0.5"), "spoofed");
        assert_eq!(behind.client(&request("10.0.0.5:1", Some("203.0.113.9"))), ip("203.0.113.9"));
        assert_eq!(
            behind.client(&request("10.0.0.5:1", Some("198.51.100.1, 203.0.113.9, 10.0.0.7"))),
            ip("203.0.113.9"),
            "the nearest untrusted hop, not what the client wrote first"
        );
        assert_eq!(behind.client(&request("192.0.2.1:1", Some("203.0.113.9"))), ip("192.0.2.1"));
        assert_eq!(open.client(&request("[2001:db8:1:2:3:4:5:6]:1", None)), ip("2001:db8:1:2::"), "a /64");
    }
}
