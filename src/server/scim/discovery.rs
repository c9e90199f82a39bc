//! `/ServiceProviderConfig`, `/ResourceTypes` and `/Schemas`: fixed
//! documents, readable without a token (RFC 7644 §4); other methods 405.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;

use super::{App, answer, base};
use crate::error::Error;
use crate::output::scim as view;

pub(super) async fn service_provider_config(State(app): State<App>, headers: HeaderMap) -> Response {
    answer(StatusCode::OK, Ok(view::service_provider_config(&base(&app, &headers))))
}

pub(super) async fn resource_types(State(app): State<App>, headers: HeaderMap) -> Response {
    let all = view::resource_types(&base(&app, &headers));
    answer(StatusCode::OK, Ok(view::list(all.len(), 1, all)))
}

fn by_id(all: Vec<Value>, id: &str) -> Result<Value, super::Failure> {
    all.into_iter()
        .find(|d| d.get("id").and_then(Value::as_str) == Some(id))
        .ok_or_else(|| Error::not_found(format!("no '{}' here", id.escape_debug())).into())
}

pub(super) async fn resource_type(State(app): State<App>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    answer(StatusCode::OK, by_id(view::resource_types(&base(&app, &headers)), &id))
}

pub(super) async fn schemas(State(app): State<App>, headers: HeaderMap) -> Response {
    let all = view::schemas(&base(&app, &headers));
    answer(StatusCode::OK, Ok(view::list(all.len(), 1, all)))
}

pub(super) async fn schema(State(app): State<App>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    answer(StatusCode::OK, by_id(view::schemas(&base(&app, &headers)), &id))
}
