//! Council sign-in with OpenID Connect (Microsoft Entra ID, Google Workspace or any certified
//! provider): the authorisation code flow with PKCE, the ID token checked (signature, issuer,
//! audience, expiry, nonce), and who may come in decided from the account list and the groups
//! the provider names. No HTTP routes here (see `web::council`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreProviderMetadata,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IdToken, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
    http,
};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use crate::accounts::Role;

/// How a council's provider is reached and what its groups mean here.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct OidcConfig {
    /// The provider's issuer, such as https://login.microsoftonline.com/TENANT/v2.0 or
    /// https://accounts.google.com. Unset: no council sign-in, magic links only.
    #[arg(long, env = "OURVOICE_OIDC_ISSUER")]
    pub oidc_issuer: Option<String>,

    /// The client id ourvoice was registered with at the provider.
    #[arg(long, env = "OURVOICE_OIDC_CLIENT_ID", default_value = "")]
    pub oidc_client_id: String,

    /// The client secret from the same registration.
    #[arg(long, env = "OURVOICE_OIDC_CLIENT_SECRET", default_value = "")]
    pub oidc_client_secret: String,

    /// What the button says people sign in with.
    #[arg(long, env = "OURVOICE_OIDC_NAME", default_value = "your council account")]
    pub oidc_name: String,

    /// The ID token claim that lists a person's groups (Entra ID: "groups", or "roles" for app
    /// roles).
    #[arg(long, env = "OURVOICE_OIDC_GROUPS_CLAIM", default_value = "groups")]
    pub oidc_groups_claim: String,

    /// Groups (comma-separated) whose members may come in as staff without an invitation.
    #[arg(long, env = "OURVOICE_OIDC_STAFF_GROUPS", value_delimiter = ',')]
    pub oidc_staff_groups: Vec<String>,

    /// Groups (comma-separated) whose members may come in as admins without an invitation.
    #[arg(long, env = "OURVOICE_OIDC_ADMIN_GROUPS", value_delimiter = ',')]
    pub oidc_admin_groups: Vec<String>,
}

/// Who someone signing in with the council's provider is: the address it vouches for, their
/// name and their groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub email: String,
    pub name: String,
    pub groups: Vec<String>,
}

/// What happens to someone the provider vouched for.
#[derive(Debug, PartialEq)]
pub enum Admission {
    /// They have an account (they were invited, or came in before): they come in as it.
    Existing,
    /// No account, but a group lets them in: one is made with this role.
    New(Role),
    /// Neither: they are told to ask to be invited.
    Refused,
}

impl OidcConfig {
    /// Whether someone the provider vouched for comes in: anyone with an account (the
    /// allow-list: invited staff, partners, ambassadors), else members of the admin or staff
    /// groups. Partners and ambassadors are always invited, as they belong to an organisation
    /// or to the Children in Care Council.
    pub fn admit(&self, person: &Person, has_account: bool) -> Admission {
        let named = |want: &String, g: &String| !want.trim().is_empty() && want.trim() == g;
        let member = |groups: &[String]| person.groups.iter().any(|g| groups.iter().any(|want| named(want, g)));
        if has_account {
            Admission::Existing
        } else if member(&self.oidc_admin_groups) {
            Admission::New(Role::Admin)
        } else if member(&self.oidc_staff_groups) {
            Admission::New(Role::Staff)
        } else {
            Admission::Refused
        }
    }
}

/// Every claim of the ID token beyond the standard ones, so the groups claim can be named.
#[derive(Debug, Clone, Deserialize, Serialize)]
struct OtherClaims(HashMap<String, serde_json::Value>);
impl AdditionalClaims for OtherClaims {}

type Token = IdToken<OtherClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type Discovered =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// What the browser keeps between leaving for the provider and coming back: the state that
/// ties the two together, the PKCE verifier and the nonce. None is a secret anyone else has.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub state: String,
    verifier: String,
    nonce: String,
}

impl Pending {
    /// As a cookie value: three URL-safe random strings.
    pub fn to_cookie(&self) -> String {
        format!("{}.{}.{}", self.state, self.verifier, self.nonce)
    }

    pub fn from_cookie(value: &str) -> Option<Pending> {
        let mut parts = value.split('.');
        let (state, verifier, nonce) = (parts.next()?, parts.next()?, parts.next()?);
        Some(Pending { state: state.into(), verifier: verifier.into(), nonce: nonce.into() })
    }
}

/// Why a council sign-in did not work, said to the person in plain words.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    #[error(
        "The council's sign-in service could not be reached. Try again in a few minutes, or sign in with an emailed link."
    )]
    Unreachable(String),
    #[error("That sign-in did not finish. Start again from the sign-in page.")]
    Mismatch,
    #[error(
        "The council's sign-in service did not say which email address is yours, so ourvoice cannot tell who you are."
    )]
    NoEmail,
    #[error("The council's sign-in service sent an answer ourvoice cannot trust, so you have not been signed in.")]
    Untrusted(String),
}

/// The council's provider, found from its issuer when first needed (and again every hour, so
/// its new signing keys are picked up).
pub struct Provider {
    config: OidcConfig,
    redirect: String,
    found: Mutex<Option<(Instant, Arc<Discovered>)>>,
}

const REDISCOVER: Duration = Duration::from_secs(3600);

/// Sends the library's requests with awc, following no redirects (so no request can be sent
/// somewhere the provider's address did not name).
async fn send(request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, SignInError> {
    let unreachable = |e: String| SignInError::Unreachable(e);
    let client = awc::Client::builder().disable_redirects().timeout(Duration::from_secs(10)).finish();
    let method =
        awc::http::Method::from_bytes(request.method().as_str().as_bytes()).map_err(|e| unreachable(e.to_string()))?;
    let mut outgoing = client.request(method, request.uri().to_string());
    for (name, value) in request.headers() {
        outgoing = outgoing.insert_header((name.as_str(), value.as_bytes()));
    }
    let mut reply = outgoing.send_body(request.into_body()).await.map_err(|e| unreachable(e.to_string()))?;
    let body = reply.body().limit(1 << 20).await.map_err(|e| unreachable(e.to_string()))?;
    let mut response = http::Response::builder().status(reply.status().as_u16());
    for (name, value) in reply.headers() {
        response = response.header(name.as_str(), value.as_bytes());
    }
    response.body(body.to_vec()).map_err(|e| unreachable(e.to_string()))
}

impl Provider {
    /// The provider `config` names, with people sent back to `base`'s return address; None
    /// when no issuer is set.
    pub fn configured(config: &OidcConfig, base: &str) -> Option<Provider> {
        config.oidc_issuer.as_ref()?;
        let redirect = format!("{base}/sign-in/council/back");
        Some(Provider { config: config.clone(), redirect, found: Mutex::new(None) })
    }

    /// What the sign-in button says.
    pub fn name(&self) -> &str {
        &self.config.oidc_name
    }

    pub fn config(&self) -> &OidcConfig {
        &self.config
    }

    async fn client(&self) -> Result<Arc<Discovered>, SignInError> {
        let mut found = self.found.lock().await;
        if let Some((at, client)) = found.as_ref()
            && at.elapsed() < REDISCOVER
        {
            return Ok(client.clone());
        }
        let issuer = self.config.oidc_issuer.clone().unwrap_or_default();
        let issuer = IssuerUrl::new(issuer).map_err(|e| SignInError::Unreachable(e.to_string()))?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &send)
            .await
            .map_err(|e| SignInError::Unreachable(e.to_string()))?;
        let redirect = RedirectUrl::new(self.redirect.clone()).map_err(|e| SignInError::Unreachable(e.to_string()))?;
        let secret = Some(self.config.oidc_client_secret.clone()).filter(|s| !s.is_empty()).map(ClientSecret::new);
        let client = Arc::new(
            CoreClient::from_provider_metadata(metadata, ClientId::new(self.config.oidc_client_id.clone()), secret)
                .set_redirect_uri(redirect),
        );
        *found = Some((Instant::now(), client.clone()));
        Ok(client)
    }

    /// Where to send the browser to sign in, and what it must bring back.
    pub async fn start(&self) -> Result<(String, Pending), SignInError> {
        let client = self.client().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        let pending = Pending {
            state: state.secret().clone(),
            verifier: verifier.secret().clone(),
            nonce: nonce.secret().clone(),
        };
        Ok((url.to_string(), pending))
    }

    /// Who came back with `code` and `state`, the sign-in begun as `pending`: the code
    /// exchanged (with the PKCE verifier) and the ID token checked.
    pub async fn finish(&self, pending: &Pending, state: &str, code: &str) -> Result<Person, SignInError> {
        use subtle::ConstantTimeEq;
        if !bool::from(pending.state.as_bytes().ct_eq(state.as_bytes())) {
            return Err(SignInError::Mismatch);
        }
        let client = self.client().await?;
        let untrusted = |e: String| SignInError::Untrusted(e);
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| untrusted(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
            .request_async(&send)
            .await
            .map_err(|e| untrusted(e.to_string()))?;
        let raw = tokens.id_token().ok_or_else(|| untrusted("no ID token".into()))?.to_string();
        let token: Token = raw.parse().map_err(|e: serde_json::Error| untrusted(e.to_string()))?;
        let claims = token
            .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce.clone()))
            .map_err(|e| untrusted(e.to_string()))?;
        let email = match (claims.email(), claims.email_verified()) {
            (Some(email), Some(true) | None) => email.to_string(),
            _ => return Err(SignInError::NoEmail),
        };
        let name = claims.name().and_then(|n| n.get(None)).map_or_else(|| email.clone(), |n| n.to_string());
        let groups = match claims.additional_claims().0.get(&self.config.oidc_groups_claim) {
            Some(serde_json::Value::Array(all)) => all.iter().filter_map(|g| g.as_str().map(String::from)).collect(),
            Some(serde_json::Value::String(one)) => vec![one.clone()],
            _ => Vec::new(),
        };
        Ok(Person { email: email.to_lowercase(), name, groups })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> OidcConfig {
        OidcConfig {
            oidc_staff_groups: vec!["ourvoice-staff".into()],
            oidc_admin_groups: vec!["ourvoice-admins".into()],
            ..OidcConfig::default()
        }
    }

    fn person(groups: &[&str]) -> Person {
        Person {
            email: "sam@council.test".into(),
            name: "Sam".into(),
            groups: groups.iter().map(|g| g.to_string()).collect(),
        }
    }

    #[test]
    fn an_account_comes_in_as_itself_and_only_the_named_groups_make_new_ones() {
        let c = config();
        assert_eq!(c.admit(&person(&[]), true), Admission::Existing, "invited people need no group");
        assert_eq!(c.admit(&person(&["ourvoice-admins"]), true), Admission::Existing, "an account keeps its role");
        assert_eq!(c.admit(&person(&["other", "ourvoice-staff"]), false), Admission::New(Role::Staff));
        assert_eq!(c.admit(&person(&["ourvoice-staff", "ourvoice-admins"]), false), Admission::New(Role::Admin));
        assert_eq!(
            c.admit(&person(&["ourvoice-staff-old", "OURVOICE-STAFF"]), false),
            Admission::Refused,
            "exact names"
        );
        assert_eq!(c.admit(&person(&[]), false), Admission::Refused);
        assert_eq!(
            OidcConfig::default().admit(&person(&[""]), false),
            Admission::Refused,
            "no groups named, none let in"
        );
    }

    #[test]
    fn what_the_browser_keeps_reads_back_whole() {
        let pending = Pending { state: "s-1_x".into(), verifier: "v".into(), nonce: "n".into() };
        assert_eq!(Pending::from_cookie(&pending.to_cookie()), Some(pending));
        assert_eq!(Pending::from_cookie("only.two"), None);
    }
}
