//! The pictures children see, drawn as inline SVG so they need no other request, no script
//! and no other host, and take their colours from the stylesheet: the five faces of a scale
//! and a picture for each age group on the front door. Every picture sits beside words that
//! say the same thing, so each is hidden from screen readers.

use maud::{Markup, html};

use crate::survey::Audience;

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
    let drawing = match audience {
        // A sun.
        Audience::Age4To7 => html! {
            path.ray d="M24 3v7M24 38v7M3 24h7M38 24h7M9 9l5 5M34 34l5 5M39 9l-5 5M14 34l-5 5" {}
            circle.sun cx="24" cy="24" r="10" {}
        },
        // A star.
        Audience::Age8To11 => html! {
            path.star d="M24 4l6 13 14 2-10 10 2 14-12-7-12 7 2-14L4 19l14-2z" {}
        },
        // Two people talking.
        Audience::Age11To17 => html! {
            path.bubble d="M5 8h24a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H15l-7 6v-6H5a3 3 0 0 1-3-3V11a3 3 0 0 1 3-3z" {}
            path.bubble-two d="M43 18H33v8a5 5 0 0 1-5 5h-8v3a3 3 0 0 0 3 3h11l6 5v-5h3a3 3 0 0 0 3-3V21a3 3 0 0 0-3-3z" {}
        },
        // A home of one's own.
        Audience::CareLeavers => html! {
            path.house d="M24 5L4 22h6v21h28V22h6z" {}
            path.door d="M20 43V31h8v12z" {}
        },
        // A heart.
        Audience::Everyone => html! {
            path.heart d="M24 43S5 31 5 17a9.5 9.5 0 0 1 19-3 9.5 9.5 0 0 1 19 3c0 14-19 26-19 26z" {}
        },
    };
    html! { svg.picture viewBox="0 0 48 48" aria-hidden="true" focusable="false" { (drawing) } }
}
