//! `/ServiceProviderConfig`, `/ResourceTypes` and `/Schemas`: fixed
//! documents, readable without a token (RFC 7644 §4); other methods 405.

use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;

use super::{answer, base};
use crate::error::Error;
use crate::output::scim as view;

pub(super) async fn service_provider_config(headers: HeaderMap) -> Response {
    answer(StatusCode::OK, Ok(view::service_provider_config(&base(&headers))))
}

pub(super) async fn resource_types(headers: HeaderMap) -> Response {
    let all = view::resource_types(&base(&headers));
    answer(StatusCode::OK, Ok(view::list(all.len(), 1, all)))
}

fn by_id(all: Vec<Value>, id: &str) -> Result<Value, super::Failure> {
    all.into_iter()
        .find(|d| d.get("id").and_then(Value::as_str) == Some(id))
        .ok_or_else(|| Error::not_found(format!("no '{}' here", id.escape_debug())).into())
}

pub(super) async fn resource_type(headers: HeaderMap, Path(id): Path<String>) -> Response {
    answer(StatusCode::OK, by_id(view::resource_types(&base(&headers)), &id))
}

pub(super) async fn schemas(headers: HeaderMap) -> Response {
    let all = view::schemas(&base(&headers));
    answer(StatusCode::OK, Ok(view::list(all.len(), 1, all)))
}

pub(super) async fn schema(headers: HeaderMap, Path(id): Path<String>) -> Response {
    answer(StatusCode::OK, by_id(view::schemas(&base(&headers)), &id))
}
