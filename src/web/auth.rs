//! Signing in and out: magic links by email, one-time codes for young people without email,
//! sessions in the database, CSRF tokens on every signed-in form.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, get, post, web};
use maud::{Markup, html};

use super::form::{FieldError, error_message, error_summary};
use super::limits::Limits;
use super::{Reply, WebError, html_response, layout, with_db};
use crate::accounts::{MAGIC_LINK_MINUTES, Role, SESSION_ABSOLUTE_HOURS, User};
use crate::codes::Code;
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::oidc::Provider;
use crate::store::{Store, accounts};

const SESSION: &str = "ov_session";

/// A signed-in person, from their session cookie. Pages that need one take this.
pub struct SignedIn {
    pub user: User,
    pub csrf: String,
    pub(super) secret: String,
}

impl SignedIn {
    /// Only people whose role passes `allowed` may go on.
    pub fn require(&self, allowed: impl Fn(Role) -> bool) -> Result<(), WebError> {
        if allowed(self.user.role) { Ok(()) } else { Err(WebError::Forbidden) }
    }

    /// A form's CSRF token must be this session's (compared in constant time).
    fn check_csrf(&self, token: &str) -> Result<(), WebError> {
        use subtle::ConstantTimeEq;
        let same: bool = token.as_bytes().ct_eq(self.csrf.as_bytes()).into();
        if !token.is_empty() && same { Ok(()) } else { Err(WebError::Forbidden) }
    }

    /// The hidden field every signed-in form carries.
    pub fn csrf_field(&self) -> Markup {
        html! { input type="hidden" name="csrf" value=(self.csrf); }
    }
}

/// Who may open a page, as a type, so that a handler says it in its signature.
pub trait Allowed {
    fn allows(role: Role) -> bool;
}

/// Anyone signed in, whatever their role.
pub struct Anyone;

impl Allowed for Anyone {
    fn allows(_: Role) -> bool {
        true
    }
}

/// Staff and admins.
pub struct Staff;

impl Allowed for Staff {
    fn allows(role: Role) -> bool {
        role.is_staff()
    }
}

/// Everyone who works on surveys: Promise Ambassadors, staff and admins.
pub struct Designers;

impl Allowed for Designers {
    fn allows(role: Role) -> bool {
        role.works_on_surveys()
    }
}

/// A partner organisation's contact.
pub struct Partner;

impl Allowed for Partner {
    fn allows(role: Role) -> bool {
        role == Role::Partner
    }
}

/// Signed in, with a role `R` allows; anyone else is refused before the handler runs.
pub struct Signed<R>(SignedIn, std::marker::PhantomData<R>);

impl<R> std::ops::Deref for Signed<R> {
    type Target = SignedIn;

    fn deref(&self) -> &SignedIn {
        &self.0
    }
}

impl<R: Allowed + 'static> FromRequest for Signed<R> {
    type Error = WebError;
    type Future = Pin<Box<dyn Future<Output = Result<Signed<R>, WebError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let signed = SignedIn::from_request(req, payload);
        Box::pin(async move {
            let signed = signed.await?;
            signed.require(R::allows)?;
            Ok(Signed(signed, std::marker::PhantomData))
        })
    }
}

/// A form sent with this session's token by someone whose role `R` allows, checked here so that
/// no form can leave the token out; its other fields are read into `T` as `web::Form` reads them.
pub struct SentForm<R, T> {
    pub signed: Signed<R>,
    pub form: T,
}

/// A form's fields as sent, in order, for a form whose fields repeat or are named by the data
/// (a statement's evidence, the answers ticked on a board).
pub type Fields = Vec<(String, String)>;

/// For a form with nothing in it but its token.
#[derive(serde::Deserialize)]
pub struct NoFields {}

impl<R: Allowed + 'static, T: serde::de::DeserializeOwned + 'static> FromRequest for SentForm<R, T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<SentForm<R, T>, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let signed = Signed::<R>::from_request(req, payload);
        let sent = web::Form::<Fields>::from_request(req, payload);
        Box::pin(async move {
            let (signed, sent) = (signed.await?, sent.await?.into_inner());
            // One token: a form sending two is refused, as reading it into a type would. The
            // token is the session's business, so `T` gets the other fields only.
            let (tokens, fields): (Fields, Fields) = sent.into_iter().partition(|(name, _)| name == "csrf");
            signed.check_csrf(if let [(_, token)] = &tokens[..] { token } else { "" })?;
            let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(&fields).finish();
            let form = serde_urlencoded::from_str(&encoded).map_err(actix_web::error::UrlencodedError::Parse)?;
            Ok(SentForm { signed, form })
        })
    }
}

impl FromRequest for SignedIn {
    type Error = WebError;
    type Future = Pin<Box<dyn Future<Output = Result<SignedIn, WebError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let store = req.app_data::<web::Data<Store>>().cloned();
        let secret = req.cookie(SESSION).map(|c| c.value().to_string());
        Box::pin(async move {
            let (Some(store), Some(secret)) = (store, secret) else { return Err(WebError::SignInNeeded) };
            let lookup = secret.clone();
            match with_db(&store, move |conn| accounts::session(conn, &lookup)).await? {
                Some((user, csrf)) => Ok(SignedIn { user, csrf, secret }),
                None => Err(WebError::SignInNeeded),
            }
        })
    }
}

pub(super) fn session_cookie(req: &HttpRequest, value: String, max_age: CookieDuration) -> Cookie<'static> {
    super::our_cookie(req, SESSION, value, max_age)
}

fn sign_in_page(council: Option<&Provider>, email: &str, error: Option<&str>) -> Markup {
    let errors: Vec<FieldError> =
        error.map(|m| FieldError { field: "email".into(), message: m.into() }).into_iter().collect();
    layout::page(
        "Sign in",
        "en",
        html! {
            (error_summary("en", &errors))
            h1 { "Sign in" }
            @if let Some(council) = council {
                p { "Council staff: sign in with " (council.name()) "." }
                p { a.button href="/sign-in/council" { "Sign in with " (council.name()) } }
                h2 { "Or get a link by email" }
            }
            p { "For Promise Ambassadors, staff and partners. We'll email you a link that signs you in." }
            form method="post" action="/sign-in" novalidate {
                div.field {
                    label for="email" { h2 { "Your email address" } }
                    (error_message("en", error, "email"))
                    input.text-input #email name="email" type="email" value=(email) autocomplete="email";
                }
                div.actions { button.button type="submit" { "Email me a link" } }
            }
            p { "No email address? " a href="/sign-in/code" { "Sign in with the code you were given" } "." }
        },
    )
}

#[get("/sign-in")]
pub async fn sign_in_form(council: Option<web::Data<Provider>>) -> Markup {
    sign_in_page(council.as_ref().map(|c| c.get_ref()), "", None)
}

#[derive(serde::Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Emails a magic link if the address has an account; the answer is the same either way.
#[post("/sign-in")]
pub async fn send_link(
    req: HttpRequest,
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    limits: web::Data<Limits>,
    council: Option<web::Data<Provider>>,
    form: web::Form<EmailForm>,
) -> Reply {
    let email = form.email.trim().to_string();
    if !email.contains('@') {
        let why = Some("Enter your email address, like name@example.org");
        let page = sign_in_page(council.as_ref().map(|c| c.get_ref()), &email, why);
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    limits.ask_for_link(&req)?;
    // Looked up, limited and queued after the answer, so known and unknown addresses are
    // answered alike and at once.
    let (address, base, outbox) = (email.clone(), site.base().to_string(), outbox.get_ref().clone());
    actix_web::rt::spawn(async move {
        match store.run(move |conn| crate::mail::queue_sign_in_link(conn, &address, &base)).await {
            Ok(true) => outbox.send_soon(),
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "a sign-in link could not be queued"),
        }
    });
    Ok(html_response(
        StatusCode::OK,
        layout::page(
            "Check your email",
            "en",
            html! {
                h1 { "Check your email" }
                p.lead { "If " strong { (email) } " has an ourvoice account, we've sent it a link that signs you in. The link works once, for " (MAGIC_LINK_MINUTES) " minutes." }
                p { a href="/sign-in" { "Try another address" } }
            },
        ),
    ))
}

/// The link from the email shows a button, so mail scanners that open links don't use it up.
#[get("/sign-in/link/{token}")]
pub async fn confirm_link(token: web::Path<String>) -> Markup {
    layout::page(
        "Sign in",
        "en",
        html! {
            h1 { "Sign in to ourvoice" }
            form method="post" action={ "/sign-in/link/" (token) } {
                div.actions { button.button type="submit" { "Sign in" } }
            }
        },
    )
}

/// A new session's cookie, and the way to the signed-in person's home: a partner lands on its
/// own actions, everyone else on their home page.
pub(super) fn signed_in_response(req: &HttpRequest, session: String, role: Role) -> HttpResponse {
    let home = if role == Role::Partner { "/staff/partner" } else { "/staff" };
    HttpResponse::SeeOther()
        .cookie(session_cookie(req, session, CookieDuration::hours(SESSION_ABSOLUTE_HOURS)))
        .insert_header((header::LOCATION, home))
        .finish()
}

/// Starts a session for the account a token belongs to.
async fn sign_in_with(req: &HttpRequest, store: &web::Data<Store>, secret: String, how: &'static str) -> Reply {
    let session = with_db(store, move |conn| {
        let Some(user) = accounts::redeem_token(conn, &secret)? else { return Ok(None) };
        let (cookie, _) = accounts::create_session(conn, &user.id)?;
        accounts::audit(conn, Some(&user.id), "signed in", how)?;
        Ok(Some((cookie, user.role)))
    })
    .await?;
    match session {
        Some((cookie, role)) => Ok(signed_in_response(req, cookie, role)),
        None => Ok(html_response(
            StatusCode::GONE,
            layout::page(
                "That link or code doesn't work",
                "en",
                html! {
                    h1 { "That link or code doesn't work" }
                    p.lead { "It may have been used already, or it is too old. Each one works once." }
                    p { a href="/sign-in" { "Get a new link" } " or ask the staff who gave you your code for a new one." }
                },
            ),
        )),
    }
}

#[post("/sign-in/link/{token}")]
pub async fn use_link(
    req: HttpRequest,
    store: web::Data<Store>,
    limits: web::Data<Limits>,
    token: web::Path<String>,
) -> Reply {
    limits.try_secret(&req)?;
    sign_in_with(&req, &store, token.into_inner(), "with an emailed link").await
}

#[get("/sign-in/code")]
pub async fn code_form() -> Markup {
    layout::page(
        "Sign in with a code",
        "en",
        html! {
            h1 { "Sign in with a code" }
            form method="post" action="/sign-in/code" novalidate {
                div.field {
                    label for="code" { h2 { "Your sign-in code" } }
                    p.hint #code-hint { "The code the Participation team gave you, like K7QX-M3PA." }
                    input.code #code name="code" type="text" autocomplete="off" spellcheck="false" aria-describedby="code-hint";
                }
                div.actions { button.button type="submit" { "Sign in" } }
            }
        },
    )
}

#[derive(serde::Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

#[post("/sign-in/code")]
pub async fn use_code(
    req: HttpRequest,
    store: web::Data<Store>,
    limits: web::Data<Limits>,
    form: web::Form<CodeForm>,
) -> Reply {
    limits.try_secret(&req)?;
    let secret = Code::parse(&form.code).map(|c| c.to_string()).unwrap_or_default();
    sign_in_with(&req, &store, secret, "with a sign-in code").await
}

/// Signs out here; with `/everywhere`, on every device.
#[post("/sign-out{everywhere:(/everywhere)?}")]
pub async fn sign_out(
    req: HttpRequest,
    store: web::Data<Store>,
    everywhere: web::Path<String>,
    SentForm { signed, .. }: SentForm<Anyone, NoFields>,
) -> Reply {
    let everywhere = !everywhere.is_empty();
    let (user_id, secret) = (signed.user.id.clone(), signed.secret.clone());
    with_db(&store, move |conn| {
        if everywhere {
            accounts::end_all_sessions(conn, &user_id).map(drop)
        } else {
            accounts::end_session(conn, &secret)
        }?;
        accounts::audit(conn, Some(&user_id), "signed out", if everywhere { "everywhere" } else { "here" })
    })
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(&req, String::new(), CookieDuration::ZERO))
        .insert_header((header::LOCATION, "/sign-in"))
        .finish())
}
