//! Request bodies: read within the route's size limit and parsed here, so
//! that every refusal is the server's own JSON error (413, 415, 400), never
//! a framework's plain-text one.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::{App, Failure};
use crate::output::http::{Dialect, failure};

/// A refused body, answered in the dialect of the route it came to.
pub struct Refused(Failure, Dialect);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        failure(self.0, self.1)
    }
}

/// The path as the client sent it: inside a nested router (`/scim/v2`)
/// the request's own URI has lost its prefix.
fn original_path<'a>(extensions: &'a axum::http::Extensions, uri: &'a axum::http::Uri) -> &'a str {
    extensions.get::<axum::extract::OriginalUri>().map_or(uri.path(), |original| original.0.path())
}

fn dialect_of(request: &Request) -> Dialect {
    Dialect::of(original_path(request.extensions(), request.uri()))
}

/// The raw body, within the route's limit.
pub struct Body(pub Bytes);

impl FromRequest<App> for Body {
    type Rejection = Refused;

    async fn from_request(request: Request, state: &App) -> Result<Self, Self::Rejection> {
        let dialect = dialect_of(&request);
        read(request, state).await.map(Body).map_err(|f| Refused(f, dialect))
    }
}

async fn read(request: Request, state: &App) -> Result<Bytes, Failure> {
    Bytes::from_request(request, state).await.map_err(|rejection| match rejection {
        BytesRejection::FailedToBufferBody(_) if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
            Failure::TooLarge
        }
        other => Failure::BadRequest(format!("cannot read the request body: {}", other.body_text())),
    })
}

/// A JSON body (`application/json` or `application/scim+json`) parsed into `T`.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<App> for JsonBody<T> {
    type Rejection = Refused;

    async fn from_request(request: Request, state: &App) -> Result<Self, Self::Rejection> {
        let dialect = dialect_of(&request);
        let refuse = |f| Refused(f, dialect);
        let media = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        if !is_json(&media) {
            return Err(refuse(Failure::UnsupportedMediaType(if media.is_empty() {
                "no Content-Type".into()
            } else {
                media
            })));
        }
        let bytes = read(request, state).await.map_err(refuse)?;
        parse_json(&bytes).map(JsonBody).map_err(refuse)
    }
}

/// `bytes` as the JSON `T` expected; 400 saying why not.
fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Failure> {
    serde_json::from_slice(bytes)
        .map_err(|err| Failure::BadRequest(format!("the body is not the JSON expected: {err}")))
}

/// An optional JSON body (`POST /users/{USER}/disable`): `T::default()`
/// when empty, whatever the content type, else [`JsonBody`]'s parse.
pub fn optional_json<T: DeserializeOwned + Default>(bytes: &[u8]) -> Result<T, Failure> {
    if bytes.is_empty() { Ok(T::default()) } else { parse_json(bytes) }
}

/// `application/json`, `application/scim+json` or another `+json` type, with any parameters.
pub fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The query string parsed into `T` (unknown parameters refused): 400 in the
/// server's JSON when it does not fit.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<App> for Params<T> {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &App) -> Result<Self, Self::Rejection> {
        let dialect = Dialect::of(original_path(&parts.extensions, &parts.uri));
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Params(value)),
            Err(rejection) => Err(Refused(Failure::BadRequest(rejection.body_text()), dialect)),
        }
    }
}

/// The path's parameters parsed into `T`: 400 in the server's JSON when they
/// do not fit (an id that is not a number).
pub struct Segments<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<App> for Segments<T> {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &App) -> Result<Self, Self::Rejection> {
        let dialect = Dialect::of(original_path(&parts.extensions, &parts.uri));
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(Segments(value)),
            Err(rejection) => Err(Refused(Failure::BadRequest(rejection.body_text()), dialect)),
        }
    }
}
