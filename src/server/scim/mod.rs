//! SCIM 2.0 at `/scim/v2` (RFC 7644) for identity providers: discovery,
//! users and groups (roles). Handlers parse the request with `scim_v2`,
//! call `users::scim` or `access::roles` as the token's user (`Via::Scim`),
//! and answer with the views of `output::scim`; no rule lives here.

mod discovery;
mod filter;
mod groups;
mod patch;
mod users;

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::Value;

use super::{App, Failure};
use crate::output::http::{self as reply, Dialect};

/// The routes under `/scim/v2`.
pub fn routes() -> Router<App> {
    Router::new()
        .route("/ServiceProviderConfig", get(discovery::service_provider_config))
        .route("/ResourceTypes", get(discovery::resource_types))
        .route("/ResourceTypes/{id}", get(discovery::resource_type))
        .route("/Schemas", get(discovery::schemas))
        .route("/Schemas/{id}", get(discovery::schema))
        .route("/Users", get(users::list).post(users::create))
        .route("/Users/.search", post(users::search))
        .route("/Users/{id}", get(users::get).put(users::replace).patch(users::modify).delete(users::delete))
        .route("/Groups", get(groups::list).post(groups::create))
        .route("/Groups/.search", post(groups::search))
        .route("/Groups/{id}", get(groups::get).put(groups::replace).patch(groups::modify).delete(groups::delete))
        .route("/.search", post(users::search_all))
}

/// The SCIM root as the client reached it (`meta.location`, `$ref`): https
/// when the server serves TLS itself, else as a reverse proxy's
/// `X-Forwarded-Proto` says (http without one); the `Host` it was sent to.
fn base(app: &App, headers: &HeaderMap) -> String {
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let scheme = if app.serves_tls() {
        "https"
    } else {
        headers
            .get("x-forwarded-proto")
            .and_then(|h| h.to_str().ok())
            .filter(|p| *p == "https" || *p == "http")
            .unwrap_or("http")
    };
    format!("{scheme}://{host}/scim/v2")
}

/// A SCIM answer, or the SCIM error.
fn answer(status: StatusCode, result: Result<Value, Failure>) -> Response {
    match result {
        Ok(value) => reply::scim(status, &value),
        Err(failure) => reply::failure(failure, Dialect::Scim),
    }
}

/// A 400 with a `scimType`.
fn bad(scim_type: &'static str, detail: impl Into<String>) -> Failure {
    Failure::Scim { status: 400, scim_type, detail: detail.into() }
}
