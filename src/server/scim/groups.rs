//! `/Groups`, `/Groups/.search`, `/Groups/{id}`: roles as groups
//! (`access::groups`), their members the users holding them
//! organisation-wide.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::server::Params;
use serde_json::Value;

use super::filter::{self, Kind};
use super::users::{ListParams, Query_, SearchParams, Selection, into_error, names, select};
use super::{App, Failure, answer, bad, base, patch};
use crate::access::groups::{self as library, Group, Pushed};
use crate::identity::Via;
use crate::output::http::{self as reply, Dialect};
use crate::output::scim::{self as view, GROUP};
use crate::server::JsonBody;

/// A group resource as sent, read into what the library takes: attribute
/// names in any case; read-only attributes a client sends back ignored
/// (RFC 7644 §3.5.1); members by `value`.
fn pushed(mut doc: Value) -> Result<Pushed, Failure> {
    scim_v2::case_insensitive::canonicalize_keys(&mut doc).map_err(|e| bad("invalidSyntax", e.to_string()))?;
    if let Some(map) = doc.as_object_mut() {
        for ro in ["id", "meta"] {
            map.remove(ro);
        }
        if !map.contains_key("schemas") {
            map.insert("schemas".into(), Value::Array(vec![Value::String(GROUP.into())]));
        }
    }
    let model: scim_v2::models::group::Group =
        serde_json::from_value(doc).map_err(|e| bad("invalidValue", format!("group: {e}")))?;
    let members = model
        .members
        .into_option()
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.value.ok_or_else(|| bad("invalidValue", "members: each member needs a value (a user's id)")))
        .collect::<Result<Vec<String>, Failure>>()?;
    Ok(Pushed { display_name: model.display_name, external_id: model.external_id.into_option(), members })
}

fn one(g: &Group, base: &str) -> Value {
    view::group(g, base)
}

/// Every group a query's filter matches, as views, by name.
pub(super) fn matching_groups(
    store: &mut crate::store::Store,
    who: &crate::identity::Principal,
    q: &Query_,
    base: &str,
) -> crate::error::Result<Vec<Value>> {
    Ok(library::list(store, who)?
        .iter()
        .map(|g| one(g, base))
        .filter(|d| q.filter.as_ref().is_none_or(|f| filter::matches(d, f, Kind::Group)))
        .collect())
}

async fn run_list(app: App, headers: HeaderMap, q: Result<Query_, Failure>) -> Response {
    let result = async {
        let q = q?;
        if let Some(f) = &q.filter {
            filter::check(f, Kind::Group)?;
        }
        let base = base(&app, &headers);
        let start = q.start_index;
        let (total, docs) = app
            .as_caller(&headers, Via::Scim, move |store, who| Ok(q.page(matching_groups(store, who, &q, &base)?)))
            .await?;
        Ok(view::list(total, start, docs))
    }
    .await;
    answer(StatusCode::OK, result)
}

pub(super) async fn list(State(app): State<App>, headers: HeaderMap, Params(q): Params<ListParams>) -> Response {
    run_list(app, headers, Query_::from_list(q)).await
}

pub(super) async fn search(
    State(app): State<App>,
    headers: HeaderMap,
    JsonBody(q): JsonBody<SearchParams>,
) -> Response {
    run_list(app, headers, Query_::from_search(q)).await
}

pub(super) async fn get(
    State(app): State<App>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Params(sel): Params<Selection>,
) -> Response {
    let base = base(&app, &headers);
    let result = app
        .as_caller(&headers, Via::Scim, move |store, who| library::get(store, who, &id))
        .await
        .map(|g| select(one(&g, &base), &names(sel.attributes.as_deref()), &names(sel.excluded_attributes.as_deref())));
    answer(StatusCode::OK, result)
}

pub(super) async fn create(State(app): State<App>, headers: HeaderMap, JsonBody(body): JsonBody<Value>) -> Response {
    let base = base(&app, &headers);
    let result = async {
        let p = pushed(body)?;
        let made = app.as_caller(&headers, Via::Scim, move |store, who| library::create(store, who, &p)).await?;
        Ok(one(&made, &base))
    }
    .await;
    answer(StatusCode::CREATED, result)
}

pub(super) async fn replace(
    State(app): State<App>,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Value>,
) -> Response {
    let base = base(&app, &headers);
    let result = async {
        let p = pushed(body)?;
        let done = app.as_caller(&headers, Via::Scim, move |store, who| library::replace(store, who, &id, &p)).await?;
        Ok(one(&done, &base))
    }
    .await;
    answer(StatusCode::OK, result)
}

/// PATCH in Okta's and Entra's dialects (`add`/`remove` on `members`,
/// `members[value eq "…"]`, a path-less `replace` of `members`, the op in
/// any case), applied to the group's view as users' are.
pub(super) async fn modify(
    State(app): State<App>,
    headers: HeaderMap,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Value>,
) -> Response {
    let base = base(&app, &headers);
    let result = async {
        let ops = patch::parse(body)?;
        let inner_base = base.clone();
        let done = app
            .as_caller(&headers, Via::Scim, move |store, who| {
                library::modify(store, who, &id, |current| {
                    let mut doc = one(current, &inner_base);
                    patch::apply(&mut doc, &ops).map_err(into_error)?;
                    pushed(doc).map_err(into_error)
                })
            })
            .await?;
        Ok(one(&done, &base))
    }
    .await;
    answer(StatusCode::OK, result)
}

pub(super) async fn delete(State(app): State<App>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    match app.as_caller(&headers, Via::Scim, move |store, who| library::delete(store, who, &id)).await {
        Ok(_) => reply::no_content(),
        Err(f) => reply::failure(f, Dialect::Scim),
    }
}
