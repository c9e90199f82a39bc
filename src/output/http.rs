//! Every HTTP response `crmctl serve` sends, and its log line: the server's
//! half of the output layer. Bodies are the CLI's `--format json` documents;
//! errors are `{"error", "hint", "exit_code"}` (the SCIM error schema under
//! `/scim/v2`, and nothing at all for a form's failed signature).

use axum::http::header::{CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::error::Error;
use crate::error::Kind;

/// Why a request gets no answer from the library.
#[derive(Debug)]
pub enum Failure {
    /// No token, or an unknown, revoked or expired one, or a bad form signature: 401.
    Unauthorized,
    /// The token's rate is spent: 429 with `Retry-After`.
    TooMany {
        /// Seconds until the next request is accepted.
        retry_after: u64,
    },
    /// The request took longer than the time limit: 408.
    Timeout,
    /// The body is larger than the route accepts: 413.
    TooLarge,
    /// The body is not of a media type the route reads: 415.
    UnsupportedMediaType(String),
    /// A body or parameter that cannot be read: 400 with the reason.
    BadRequest(String),
    /// A well-formed submission whose fields fail validation: 422.
    Unprocessable(Vec<String>),
    /// The route exists, the method does not: 405.
    MethodNotAllowed,
    /// No such route: 404.
    NoRoute,
    /// A SCIM protocol error with its `scimType` (RFC 7644 §3.12), such as
    /// 400 `invalidFilter`.
    Scim {
        /// The HTTP status.
        status: u16,
        /// The `scimType`.
        scim_type: &'static str,
        /// What went wrong.
        detail: String,
    },
    /// What the library answered: the status follows the exit code.
    Error(Error),
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        Failure::Error(err)
    }
}

/// Which surface a response belongs to: it decides the error format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `/api/v1` and everything else.
    Api,
    /// `/scim/v2`: RFC 7644 errors, `application/scim+json`.
    Scim,
    /// `/forms/v1`: a sender learns nothing from a refusal.
    Form,
}

impl Dialect {
    /// The dialect of a request path.
    pub fn of(path: &str) -> Dialect {
        if path.starts_with("/scim/") {
            Dialect::Scim
        } else if path.starts_with("/forms/") {
            Dialect::Form
        } else {
            Dialect::Api
        }
    }
}

/// `application/scim+json`.
pub const SCIM_JSON: &str = "application/scim+json";

/// A JSON answer.
pub fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    with_type(status, value, "application/json")
}

/// A SCIM answer (`application/scim+json`).
pub fn scim<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    with_type(status, value, SCIM_JSON)
}

fn with_type<T: Serialize + ?Sized>(status: StatusCode, value: &T, media: &'static str) -> Response {
    match serde_json::to_vec(value) {
        Ok(mut body) => {
            body.push(b'\n');
            (status, [(CONTENT_TYPE, HeaderValue::from_static(media))], body).into_response()
        }
        Err(err) => plain_error(&format!("cannot encode the answer: {err}")),
    }
}

/// An empty answer (204 after a SCIM DELETE).
pub fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

fn plain_error(message: &str) -> Response {
    (StatusCode::INTERNAL_SERVER_ERROR, message.to_string()).into_response()
}

#[derive(Serialize)]
struct Health {
    ok: bool,
    schema: i64,
}

/// `GET /healthz`.
pub fn health(schema: i64) -> Response {
    json(StatusCode::OK, &Health { ok: true, schema })
}

#[derive(Serialize)]
struct ApiError<'a> {
    error: &'a str,
    hint: Option<String>,
    exit_code: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<&'a [String]>,
}

#[derive(Serialize)]
struct ScimError<'a> {
    schemas: [&'static str; 1],
    status: String,
    #[serde(rename = "scimType", skip_serializing_if = "Option::is_none")]
    scim_type: Option<&'a str>,
    detail: &'a str,
}

/// The status, exit code, message, hint and `scimType` of a failure.
struct Parts {
    status: StatusCode,
    exit_code: u8,
    message: String,
    hint: Option<String>,
    scim_type: Option<&'static str>,
    retry_after: Option<u64>,
    errors: Vec<String>,
}

fn parts(failure: Failure, dialect: Dialect) -> Parts {
    let simple = |status: StatusCode, exit_code: u8, message: String, hint: Option<&str>| Parts {
        status,
        exit_code,
        message,
        hint: hint.map(str::to_string),
        scim_type: None,
        retry_after: None,
        errors: Vec::new(),
    };
    match failure {
        Failure::Unauthorized => simple(
            StatusCode::UNAUTHORIZED,
            6,
            "a valid API token is needed".into(),
            Some("send Authorization: Bearer <token>; create one with `crmctl token create USER`"),
        ),
        Failure::TooMany { retry_after } => Parts {
            retry_after: Some(retry_after),
            ..simple(
                StatusCode::TOO_MANY_REQUESTS,
                7,
                "too many requests".into(),
                Some(match dialect {
                    Dialect::Form => {
                        "wait for Retry-After seconds: a form takes 30 submissions a minute and 200 pending sign-ups"
                    }
                    _ => "wait for Retry-After seconds; the rate is the setting server.rate_per_minute",
                }),
            )
        },
        Failure::Timeout => simple(
            StatusCode::REQUEST_TIMEOUT,
            7,
            "the request took too long".into(),
            Some("send the body at once; large imports may need --request-timeout"),
        ),
        Failure::TooLarge => Parts {
            scim_type: Some("tooLarge"),
            ..simple(
                StatusCode::PAYLOAD_TOO_LARGE,
                5,
                "the request body is too large".into(),
                Some("bodies may be up to 1 MiB, imports up to 64 MiB"),
            )
        },
        Failure::UnsupportedMediaType(media) => simple(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            2,
            format!("cannot read a body of type {media}"),
            Some("send Content-Type: application/json"),
        ),
        Failure::BadRequest(message) => {
            Parts { scim_type: Some("invalidSyntax"), ..simple(StatusCode::BAD_REQUEST, 2, message, None) }
        }
        Failure::Unprocessable(errors) => Parts {
            errors,
            ..simple(StatusCode::UNPROCESSABLE_ENTITY, 5, "the submission has invalid fields".into(), None)
        },
        Failure::MethodNotAllowed => simple(StatusCode::METHOD_NOT_ALLOWED, 2, "method not allowed here".into(), None),
        Failure::NoRoute => simple(StatusCode::NOT_FOUND, 3, "no such endpoint".into(), None),
        Failure::Scim { status, scim_type, detail } => Parts {
            scim_type: Some(scim_type),
            ..simple(StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST), 5, detail, None)
        },
        Failure::Error(err) => {
            let status = StatusCode::from_u16(err.kind.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let scim_type = match err.kind {
                Kind::Conflict => Some("uniqueness"),
                Kind::Invalid => Some("invalidValue"),
                Kind::Usage => Some("invalidSyntax"),
                _ => None,
            };
            Parts {
                status,
                exit_code: err.exit_code(),
                hint: (!err.hints.is_empty()).then(|| err.hints.join("; ")),
                message: err.message,
                scim_type,
                retry_after: (err.kind == Kind::Busy).then_some(1),
                errors: Vec::new(),
            }
        }
    }
}

/// The answer to a failure, in the route's dialect.
pub fn failure(failure: Failure, dialect: Dialect) -> Response {
    let unauthorized = matches!(failure, Failure::Unauthorized);
    let p = parts(failure, dialect);
    let mut response = match dialect {
        // A sender whose signature failed learns nothing more than the status.
        Dialect::Form if unauthorized => p.status.into_response(),
        Dialect::Api | Dialect::Form => json(
            p.status,
            &ApiError {
                error: &p.message,
                hint: p.hint,
                exit_code: p.exit_code,
                errors: (!p.errors.is_empty()).then_some(p.errors.as_slice()),
            },
        ),
        Dialect::Scim => {
            let detail = match (&p.hint, p.errors.is_empty()) {
                (_, false) => format!("{}: {}", p.message, p.errors.join("; ")),
                (Some(hint), true) => format!("{} ({hint})", p.message),
                (None, true) => p.message.clone(),
            };
            scim(
                p.status,
                &ScimError {
                    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
                    status: p.status.as_u16().to_string(),
                    scim_type: p.scim_type.filter(|_| {
                        p.status == StatusCode::BAD_REQUEST
                            || p.status == StatusCode::CONFLICT
                            || p.status == StatusCode::PAYLOAD_TOO_LARGE
                    }),
                    detail: &detail,
                },
            )
        }
    };
    if let Some(seconds) = p.retry_after {
        response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
    }
    if unauthorized && dialect != Dialect::Form {
        response.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// One request, as its log line tells it: never a secret, a body or a path
/// (which may hold a form's secret), only the route pattern.
#[derive(Debug, Serialize)]
pub struct RequestLog {
    /// RFC 3339.
    pub time: String,
    /// GET, POST...
    pub method: String,
    /// The matched route pattern, such as `/scim/v2/Users/{id}`; `-` when none matched.
    pub route: String,
    /// The HTTP status answered.
    pub status: u16,
    /// Milliseconds from the request to the answer.
    pub duration_ms: f64,
    /// The API token used, by id.
    pub token_id: Option<i64>,
}

/// Writes one JSON line for a request on stderr.
pub fn log(entry: &RequestLog) {
    use std::io::Write;
    if let Ok(mut line) = serde_json::to_vec(entry) {
        line.push(b'\n');
        let _ = std::io::stderr().lock().write_all(&line);
    }
}

/// Says where the server listens (stderr, as a log line).
pub fn listening(url: &str) {
    use std::io::Write;
    let line = serde_json::json!({ "time": crate::clock::format(crate::clock::now()), "listening": url });
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}
