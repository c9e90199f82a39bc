//! Form sign-ups, `/forms/v1`: a web form posts its answers, signed by its
//! sender (or, for a `token` form, to a secret path). The handler hands the
//! raw delivery to `forms::submit`, which checks the signature before
//! reading a byte of the body; a refusal of the sender says nothing more
//! than 401.

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::post;

use super::{App, Body, Failure};
use crate::forms::{self, Delivery, Outcome};
use crate::output::http::{self as reply, Dialect};
use crate::output::views::{ChallengeView, IgnoredView, SignupAcceptedView};

/// The routes under `/forms/v1`.
pub fn routes() -> Router<App> {
    Router::new().route("/{name}", post(signed)).route("/{name}/{secret}", post(with_secret))
}

/// `POST /forms/v1/{name}`: a signed delivery.
async fn signed(
    State(app): State<App>,
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    Body(body): Body,
) -> Response {
    deliver(app, name, None, query, &headers, body.to_vec()).await
}

/// `POST /forms/v1/{name}/{secret}`: a `token` form's delivery.
async fn with_secret(
    State(app): State<App>,
    Path((name, secret)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    Body(body): Body,
) -> Response {
    deliver(app, name, Some(secret), query, &headers, body.to_vec()).await
}

async fn deliver(
    app: App,
    name: String,
    path_secret: Option<String>,
    query: Option<String>,
    headers: &HeaderMap,
    body: Vec<u8>,
) -> Response {
    let delivery = Delivery {
        headers: headers
            .iter()
            .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
        query: query.unwrap_or_default(),
        path_secret,
        body,
    };
    let outcome = app.with_store(move |store| forms::submit(store, &name, &delivery, crate::clock::now())).await;
    let failure = match outcome {
        Ok(Outcome::Accepted(id) | Outcome::Repeated(id)) => {
            return reply::json(StatusCode::ACCEPTED, &SignupAcceptedView { request_id: id });
        }
        Ok(Outcome::Challenge(challenge)) => return reply::json(StatusCode::OK, &ChallengeView { challenge }),
        Ok(Outcome::Ignored) => return reply::json(StatusCode::OK, &IgnoredView { ignored: true }),
        Ok(Outcome::Unauthorized) => Failure::Unauthorized,
        Ok(Outcome::Invalid(errors)) => Failure::Unprocessable(errors.into_iter().map(|e| e.message).collect()),
        Ok(Outcome::TooMany { retry_after }) => Failure::TooMany { retry_after },
        Err(failure) => failure,
    };
    reply::failure(failure, Dialect::Form)
}
