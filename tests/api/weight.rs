//! Every page of the journey, with everything it loads, is at most 14 KB over the wire
//! (compressed), loads nothing from another host, and has no script but the small quick-exit
//! enhancement (the pages work without it: see tests/browser).

use crate::helpers::{Visitor, spawn_app};

const BUDGET: usize = 14 * 1024;

/// Bytes on the wire for `path` fetched with compression, headers included (roughly).
async fn wire_size(app: &crate::helpers::TestApp, cookie: Option<&str>, path: &str) -> (usize, String) {
    measure(app.client.get(format!("{}{path}", app.address)), cookie, None, path).await
}

/// Bytes on the wire for the answer to `request` (with `form` posted, if given).
async fn measure(request: awc::ClientRequest, cookie: Option<&str>, form: Option<&str>, path: &str) -> (usize, String) {
    let mut request = request.no_decompress().insert_header(("accept-encoding", "br, gzip"));
    if let Some(cookie) = cookie {
        request = request.insert_header(("cookie", format!("ov_draft={cookie}")));
    }
    let mut response = match form {
        Some(form) => request.content_type("application/x-www-form-urlencoded").send_body(form.to_string()).await,
        None => request.send().await,
    }
    .unwrap();
    assert_eq!(response.status().as_u16(), 200, "{path}");
    let headers: usize = response.headers().iter().map(|(k, v)| k.as_str().len() + v.len() + 4).sum();
    let encoding =
        response.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let body = response.body().await.unwrap();
    (headers + body.len() + 20, encoding)
}

#[actix_web::test]
async fn every_journey_page_with_what_it_loads_is_under_14_kb_in_every_script() {
    let app = spawn_app().await;
    let (stylesheet, css_encoding) = wire_size(&app, None, "/assets/site.css").await;
    assert!(!css_encoding.is_empty(), "the stylesheet is compressed");
    let (script, _) = wire_size(&app, None, "/assets/exit.js").await;
    let css = stylesheet + script;
    // Arabic and Polish letters take two bytes each, so their pages weigh more.
    for lang in ["en", "ar", "pl"] {
        let mut child = Visitor::new(&app);
        child.post_ok("/s/big-promise/start", &[("lang", lang)]).await;
        let cookie = child.cookie.clone().unwrap();
        child.post_ok("/s/big-promise/q/feel-safe", &[("answer", "4")]).await;
        let mut pages =
            vec![format!("/s/big-promise?lang={lang}"), format!("/?lang={lang}"), format!("/help?lang={lang}")];
        // One of each kind of question, and the check page.
        for q in ["age-band", "feel-safe", "moved-recently", "activities", "one-wish"] {
            pages.push(format!("/s/big-promise/q/{q}"));
        }
        pages.push("/s/big-promise/check".into());
        for path in &pages {
            let (size, encoding) = wire_size(&app, Some(&cookie), path).await;
            assert!(!encoding.is_empty(), "{path} is compressed");
            let html = child.get(path).await.body;
            assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{path} in {lang}");
            let scripts: Vec<&str> = html.match_indices("<script").map(|(i, _)| &html[i..i + 60]).collect();
            assert_eq!(scripts, ["<script src=\"/assets/exit.js\" defer></script></head><body><a"], "{path}");
            // Links to other sites (Childline's chat) are followed only when tapped.
            let loads = html.replace("<a href=\"https://", "").replace("<a class=\"tap\" href=\"https://", "");
            assert!(
                !loads.contains("http://") && !loads.contains("https://") && !loads.contains("//fonts"),
                "{path} loads from another host"
            );
            assert_eq!(html.matches(" src=").count(), 1, "{path} loads only the exit script");
            let total = size + css;
            println!("{lang} {path}: {size} bytes + stylesheet and script {css} = {total} bytes ({encoding})");
            assert!(total <= BUDGET, "{lang} {path} weighs {total} bytes with its stylesheet, over {BUDGET}");
        }
        // The thank-you page is the answer to sending, with help first after a worrying answer.
        child.post_ok("/s/big-promise/q/feel-safe", &[("answer", "1")]).await;
        let send = app.client.post(format!("{}/s/big-promise/send", app.address));
        let (thanks, _) = measure(send, Some(&cookie), Some(""), "/s/big-promise/send").await;
        println!("{lang} thank-you page with help first: {thanks} bytes + {css}");
        assert!(thanks + css <= BUDGET);
    }
}

#[actix_web::test]
async fn the_youngest_childrens_pages_with_their_pictures_are_under_14_kb_and_load_audio_only_when_played() {
    let app = spawn_app().await;
    let (stylesheet, _) = wire_size(&app, None, "/assets/site.css").await;
    let (script, _) = wire_size(&app, None, "/assets/exit.js").await;
    for lang in ["en", "ar", "zh"] {
        let mut child = Visitor::new(&app);
        child.post_ok("/s/little-voices/start", &[("lang", lang)]).await;
        let cookie = child.cookie.clone().unwrap();
        let mut heaviest = (0, String::new());
        for q in ["feel-safe", "trusted-adult", "see-family", "activities", "one-wish"] {
            let path = format!("/s/little-voices/q/{q}");
            let (size, _) = wire_size(&app, Some(&cookie), &path).await;
            let html = child.get(&path).await.body;
            // The audio control is there, and fetches nothing until it is played.
            assert!(html.contains("<audio controls preload=\"none\""), "{lang} {path}");
            heaviest = heaviest.max((size + stylesheet + script, path));
        }
        println!("{lang} little-voices: heaviest {} with stylesheet and script: {} bytes", heaviest.1, heaviest.0);
        assert!(heaviest.0 <= BUDGET, "{lang} {} weighs {} bytes, over {BUDGET}", heaviest.1, heaviest.0);
    }
}

/// The encoding `path` comes in when fetched with `accept_encoding`, and its body once decoded.
async fn fetched(app: &crate::helpers::TestApp, path: &str, accept_encoding: &str) -> (String, Vec<u8>) {
    let request = app.client.get(format!("{}{path}", app.address)).insert_header(("accept-encoding", accept_encoding));
    let mut response = request.send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200, "{path}");
    let vary = response.headers().get("vary").map(|v| v.to_str().unwrap().to_string());
    let encoding =
        response.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    if path.ends_with(".mp3") {
        assert_eq!(vary, None, "{path}");
    } else {
        assert_eq!(vary.as_deref(), Some("accept-encoding"), "{path}: a cache keeps each encoding apart");
    }
    (encoding, response.body().limit(1 << 22).await.unwrap().to_vec())
}

#[actix_web::test]
async fn text_is_compressed_only_for_clients_that_ask_and_audio_goes_as_it_is() {
    let app = spawn_app().await;
    for path in ["/s/big-promise?lang=ar", "/assets/site.css", "/help"] {
        let (plain, body) = fetched(&app, path, "identity").await;
        assert_eq!(plain, "", "{path}: asked for as it is");
        for (accepted, want) in [("gzip", "gzip"), ("br, gzip;q=0.5", "gzip"), ("gzip;q=0", ""), ("br", "")] {
            let (encoding, decoded) = fetched(&app, path, accepted).await;
            assert_eq!((accepted, encoding.as_str()), (accepted, want), "{path}");
            assert_eq!(decoded, body, "{path} with {accepted} decodes to the same page");
        }
    }
    if crate::read_aloud::speech_available() {
        let (encoding, audio) = fetched(&app, "/s/little-voices/listen/feel-safe/en.mp3", "gzip").await;
        assert_eq!(encoding, "", "audio is compressed already");
        assert!(audio.len() > 2_000);
    }
}
