//! Responses gzip-compressed on the worker thread that made them. actix's own `Compress`
//! hands every body over 1 KB to the blocking thread pool and waits for it: a thread hop per
//! page that cost more server time than compressing a few kilobytes (measured with perf on
//! the children's journey). Each thread keeps one compressor and resets it, instead of
//! allocating (and the kernel zeroing) a fresh window for every page.

use std::cell::RefCell;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, AcceptEncoding, Encoding, Header, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use flate2::{Compress, Compression, FlushCompress, Status};

/// Bodies smaller than this go as they are: gzip's own framing would eat most of the saving.
const SMALLEST: usize = 256;

/// Compresses a response's body with gzip when the client accepts it and the body is text.
/// Audio, PDF and spreadsheets are compressed formats already and go as they are.
pub async fn gzip(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let accepts = *req.method() != Method::HEAD && accepts_gzip(&req);
    let res = next.call(req).await?;
    if !is_text(res.status(), res.headers()) {
        return Ok(res.map_into_boxed_body());
    }
    Ok(res.map_body(|head, body| {
        head.headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        match body.try_into_bytes() {
            Ok(bytes) if accepts && bytes.len() >= SMALLEST => match compressed(&bytes) {
                Some(zipped) => {
                    head.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                    BoxBody::new(zipped)
                }
                None => BoxBody::new(bytes),
            },
            Ok(bytes) => BoxBody::new(bytes),
            Err(body) => body.boxed(),
        }
    }))
}

fn accepts_gzip(req: &ServiceRequest) -> bool {
    let Ok(accepted) = AcceptEncoding::parse(req) else { return false };
    accepted.negotiate([Encoding::gzip(), Encoding::identity()].iter()) == Some(Encoding::gzip())
}

/// A body worth compressing: text of some kind, not already encoded, on a status that has one.
fn is_text(status: StatusCode, headers: &header::HeaderMap) -> bool {
    if status.is_informational() || matches!(status, StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED) {
        return false;
    }
    if headers.contains_key(header::CONTENT_ENCODING) {
        return false;
    }
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let kind = kind.split(';').next().unwrap_or("").trim();
    kind.starts_with("text/")
        || matches!(kind, "application/json" | "application/javascript" | "application/manifest+json" | "image/svg+xml")
}

thread_local! {
    static GZIP: RefCell<Compress> = RefCell::new(Compress::new_gzip(Compression::fast(), 15));
}

/// `bytes` as a gzip stream, or `None` if the compressor failed (the body then goes as it is).
fn compressed(bytes: &[u8]) -> Option<Vec<u8>> {
    GZIP.with_borrow_mut(|gzip| {
        gzip.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        loop {
            let read = usize::try_from(gzip.total_in()).ok()?;
            match gzip.compress_vec(&bytes[read..], &mut out, FlushCompress::Finish).ok()? {
                Status::StreamEnd => return Some(out),
                Status::Ok | Status::BufError => out.reserve(out.capacity()),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::compressed;

    #[test]
    fn each_body_is_a_whole_gzip_stream_of_itself_however_many_went_before() {
        let bodies = ["<p>hello</p>".repeat(300), "x".repeat(10), "\u{1f600} word ".repeat(5000), String::new()];
        for _ in 0..2 {
            for body in &bodies {
                let zipped = compressed(body.as_bytes()).unwrap();
                let mut back = String::new();
                flate2::read::GzDecoder::new(&zipped[..]).read_to_string(&mut back).unwrap();
                assert_eq!(&back, body);
            }
        }
    }
}
