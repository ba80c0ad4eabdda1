//! What the service is doing, in Prometheus' text format at `/metrics`: requests by route
//! pattern and status (never a path, an address or a query), the response writer's batch
//! sizes, queue depth and commit times, the size of SQLite's log, email waiting, and database
//! connections in use.

use std::sync::LazyLock;
use std::time::Duration;

use prometheus::{Encoder, Histogram, HistogramOpts, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    batch_size: Histogram,
    commit_seconds: Histogram,
    pub queue_depth: IntGauge,
    pub wal_pages: IntGauge,
    pub emails_waiting: IntGauge,
    pub connections_in_use: IntGauge,
    pub connections_idle: IntGauge,
}

fn gauge(registry: &Registry, name: &str, help: &str) -> IntGauge {
    let gauge = IntGauge::new(name, help).expect("a valid gauge");
    registry.register(Box::new(gauge.clone())).expect("registered once");
    gauge
}

fn histogram(registry: &Registry, name: &str, help: &str, buckets: Vec<f64>) -> Histogram {
    let histogram = Histogram::with_opts(HistogramOpts::new(name, help).buckets(buckets)).expect("a valid histogram");
    registry.register(Box::new(histogram.clone())).expect("registered once");
    histogram
}

/// The one set of metrics of this process.
pub static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let registry = Registry::new();
    let requests = IntCounterVec::new(
        Opts::new("ourvoice_http_requests_total", "HTTP requests by route pattern and status"),
        &["route", "status"],
    )
    .expect("a valid counter");
    registry.register(Box::new(requests.clone())).expect("registered once");
    Metrics {
        requests,
        batch_size: histogram(
            &registry,
            "ourvoice_response_batch_size",
            "Responses committed together by the response writer",
            vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0],
        ),
        commit_seconds: histogram(
            &registry,
            "ourvoice_response_commit_seconds",
            "Time to commit one batch of responses",
            prometheus::exponential_buckets(0.0005, 2.0, 14).expect("valid buckets"),
        ),
        queue_depth: gauge(&registry, "ourvoice_response_queue_depth", "Responses waiting for the writer"),
        wal_pages: gauge(
            &registry,
            "ourvoice_sqlite_wal_pages",
            "Pages in SQLite's write-ahead log at the last checkpoint",
        ),
        emails_waiting: gauge(&registry, "ourvoice_emails_waiting", "Emails not yet sent"),
        connections_in_use: gauge(&registry, "ourvoice_db_connections_in_use", "Database connections in use"),
        connections_idle: gauge(&registry, "ourvoice_db_connections_idle", "Database connections idle in the pool"),
        registry,
    }
});

impl Metrics {
    /// Counts one request; `route` is the matched pattern (`/s/{slug}/send`), never the path.
    pub fn request(&self, route: &str, status: u16) {
        self.requests.with_label_values(&[route, &status.to_string()]).inc();
    }

    /// Records one committed batch.
    pub fn batch(&self, size: usize, took: Duration) {
        self.batch_size.observe(size as f64);
        self.commit_seconds.observe(took.as_secs_f64());
    }

    /// Everything, in Prometheus' text format.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        TextEncoder::new().encode(&self.registry.gather(), &mut out).expect("metrics encode");
        String::from_utf8(out).expect("the text format is UTF-8")
    }
}
