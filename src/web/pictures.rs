//! The pictures children see, drawn as inline SVG so they need no other request, no script
//! and no other host: the five faces of a scale, a picture for each age group on the front
//! door, and the pictures a survey gives its questions and answers (for children still
//! learning to read). Every picture sits beside words that say the same thing, so each is
//! hidden from screen readers.

use maud::{Markup, html};

use crate::survey::{Audience, Kind, Picture, Question, YES_NO};

/// The face for point `point` (1 = worst … 5 = best) of a scale.
pub fn face(point: usize) -> Markup {
    // The mouth, from a deep frown to a wide smile.
    let mouth = match point {
        1 => "M14 35Q24 25 34 35",
        2 => "M16 33Q24 29 32 33",
        3 => "M16 31H32",
        4 => "M15 29Q24 36 33 29",
        _ => "M13 27Q24 41 35 27Z",
    };
    html! {
        svg class={ "face mood-" (point) } viewBox="0 0 48 48" aria-hidden="true" focusable="false" {
            circle.skin cx="24" cy="24" r="21" {}
            circle.eye cx="17" cy="19" r="2.6" {}
            circle.eye cx="31" cy="19" r="2.6" {}
            path.mouth d=(mouth) {}
        }
    }
}

/// The picture beside an age group's heading on the front door.
pub fn audience(audience: Audience) -> Markup {
    let picture = match audience {
        Audience::Age4To7 => Picture::Sun,
        Audience::Age8To11 => Picture::Wish,
        Audience::Age11To17 => Picture::Friends,
        Audience::CareLeavers => Picture::Home,
        Audience::Everyone => Picture::Group,
    };
    drawn("picture", picture)
}

/// A question's picture, large above its words.
pub fn question(picture: Picture) -> Markup {
    drawn("picture question-picture", picture)
}

/// The pictures of a question's answers, in order, or none: faces for a scale; for a
/// question with a picture of its own, a tick, a cross and a question mark for yes or no; a
/// choice's own pictures.
pub fn answers(q: &Question) -> Vec<Markup> {
    match q.kind {
        Kind::Scale => (1..=5).map(face).collect(),
        Kind::YesNo if q.picture.is_some() => YES_NO.iter().map(|a| yes_no(a)).collect(),
        _ => q.pictures.iter().map(|p| drawn("face", *p)).collect(),
    }
}

/// The picture of a yes/no answer ("Yes", "No", "Not sure"): a tick, a cross, a question mark.
fn yes_no(answer: &str) -> Markup {
    let (colour, mark) = match YES_NO.iter().position(|a| *a == answer) {
        Some(0) => ("#00703c", "M14 25l7 7 13-15"),
        Some(1) => ("#d9482b", "M16 16l16 16M32 16L16 32"),
        _ => ("#6f6780", "M18 18a6 6 0 1 1 8 6c-2 1-2 3-2 5M24 34v1"),
    };
    svg(
        "face",
        html! {
            circle cx="24" cy="24" r="21" fill=(colour) {}
            path d=(mark) fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round" {}
        },
    )
}

fn svg(class: &str, drawing: Markup) -> Markup {
    html! { svg class=(class) viewBox="0 0 48 48" aria-hidden="true" focusable="false" { (drawing) } }
}

/// A person: a head and a body, `scale` 1 for a grown-up, smaller for a child, standing at `x`.
fn person(x: f32, scale: f32, colour: &str) -> Markup {
    let (head, top) = (7.0 * scale, 44.0 - 36.0 * scale);
    let (width, height) = (8.0 * scale, 14.0 * scale);
    let body = format!("M{} 44v-{height}a{width} {width} 0 0 1 {} 0v{height}z", x - width, 2.0 * width);
    html! {
        circle cx=(x) cy=(top + head) r=(head) fill="#f2c29b" stroke="#1f1a2e" stroke-width="1.5" {}
        path d=(body) fill=(colour) {}
    }
}

/// Each picture, in a 48 × 48 box, in the pages' colours.
fn drawn(class: &str, picture: Picture) -> Markup {
    const SUN: &str = "#ffc940";
    const BRAND: &str = "#4b2582";
    const CORAL: &str = "#d9482b";
    const GREEN: &str = "#00703c";
    const INK: &str = "#1f1a2e";
    let drawing = match picture {
        Picture::Home => html! {
            path d="M24 5L4 22h6v21h28V22h6z" fill=(CORAL) {}
            path d="M20 43V31h8v12z" fill=(BRAND) {}
        },
        Picture::Sun => html! {
            path d="M24 3v7M24 38v7M3 24h7M38 24h7M9 9l5 5M34 34l5 5M39 9l-5 5M14 34l-5 5" stroke="#b37a00" stroke-width="3" stroke-linecap="round" {}
            circle cx="24" cy="24" r="10" fill=(SUN) {}
        },
        Picture::GrownUp => html! { (person(17.0, 1.0, BRAND)) (person(35.0, 0.7, CORAL)) },
        Picture::Family => html! { (person(11.0, 0.95, BRAND)) (person(37.0, 0.95, GREEN)) (person(24.0, 0.6, CORAL)) },
        Picture::Friends => html! { (person(15.0, 0.85, BRAND)) (person(33.0, 0.85, CORAL)) },
        Picture::Group => html! { (person(9.0, 0.7, GREEN)) (person(24.0, 0.75, BRAND)) (person(39.0, 0.7, CORAL)) },
        Picture::Play => html! {
            // A kite on its string.
            path d="M30 4l12 12-12 12-12-12z" fill=(CORAL) {}
            path d="M30 4v24M18 16h24" stroke="#fff" stroke-width="1.5" {}
            path d="M30 28q-6 6-2 10t-14 8" fill="none" stroke=(INK) stroke-width="1.5" {}
        },
        Picture::Sport => html! {
            circle cx="24" cy="24" r="20" fill="#fff" stroke=(INK) stroke-width="2" {}
            path d="M24 16l7 5-3 8h-8l-3-8z" fill=(INK) {}
            path d="M24 4v12M31 21l12-4M28 29l6 11M20 29l-6 11M17 21L5 17" stroke=(INK) stroke-width="1.5" {}
        },
        Picture::School => html! {
            path d="M4 20L24 8l20 12z" fill=(CORAL) {}
            path d="M8 20h32v24H8z" fill=(SUN) {}
            path d="M20 44V32h8v12z" fill=(BRAND) {}
            path d="M12 24h6v5h-6zM30 24h6v5h-6z" fill="#fff" {}
        },
        Picture::Wish => html! {
            path d="M24 4l6 13 14 2-10 10 2 14-12-7-12 7 2-14L4 19l14-2z" fill=(SUN) stroke="#b37a00" stroke-width="2" stroke-linejoin="round" {}
        },
        Picture::Few => html! { circle cx="24" cy="24" r="7" fill=(BRAND) {} },
        Picture::JustRight => html! {
            circle cx="13" cy="24" r="7" fill=(BRAND) {}
            circle cx="35" cy="24" r="7" fill=(BRAND) {}
            circle cx="24" cy="24" r="7" fill=(GREEN) {}
        },
        Picture::Many => html! {
            @for (x, y) in [(9, 10), (24, 8), (39, 10), (9, 25), (24, 24), (39, 25), (9, 39), (24, 40), (39, 39)] {
                circle cx=(x) cy=(y) r="6.5" fill=(CORAL) {}
            }
        },
        Picture::Music => html! {
            path d="M18 36V10l22-5v26" fill="none" stroke=(BRAND) stroke-width="4" stroke-linejoin="round" {}
            circle cx="13" cy="36" r="6" fill=(BRAND) {}
            circle cx="35" cy="31" r="6" fill=(BRAND) {}
        },
        Picture::Art => html! {
            path d="M24 4C10 4 3 14 3 24s9 20 19 20c4 0 4-4 2-6s0-6 4-6h8c6 0 9-4 9-10C45 12 36 4 24 4z" fill=(SUN) {}
            circle cx="14" cy="18" r="4" fill=(CORAL) {}
            circle cx="25" cy="13" r="4" fill=(BRAND) {}
            circle cx="35" cy="19" r="4" fill=(GREEN) {}
            circle cx="12" cy="30" r="4" fill="#1d70b8" {}
        },
        Picture::Outdoors => html! {
            path d="M21 30h6v14h-6z" fill="#7a4a1f" {}
            circle cx="24" cy="18" r="14" fill=(GREEN) {}
        },
        Picture::Gaming => html! {
            path d="M14 14h20c6 0 10 8 10 18 0 6-6 8-10 2l-3-4H17l-3 4c-4 6-10 4-10-2 0-10 4-18 10-18z" fill=(BRAND) {}
            path d="M14 19v8M10 23h8" stroke="#fff" stroke-width="3" stroke-linecap="round" {}
            circle cx="32" cy="21" r="2.5" fill=(SUN) {}
            circle cx="37" cy="26" r="2.5" fill=(CORAL) {}
        },
        Picture::Other => html! {
            circle cx="10" cy="24" r="5" fill=(BRAND) {}
            circle cx="24" cy="24" r="5" fill=(BRAND) {}
            circle cx="38" cy="24" r="5" fill=(BRAND) {}
        },
    };
    svg(class, drawing)
}
