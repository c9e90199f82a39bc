//! `/Users`, `/Users/.search`, `/Users/{id}` and the root `/.search`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::server::Params;
use scim_v2::filter::Filter;
use scim_v2::models::others::{ListQuery, SearchRequest};
use scim_v2::models::user::User as ScimModel;
use serde_json::Value;

use super::filter::{self, Kind};
use super::{App, Failure, answer, bad, base, patch};
use crate::credentials::passwords::Secret;
use crate::identity::Via;
use crate::output::http::{self as reply, Dialect};
use crate::output::scim::{self as view, ENTERPRISE, MAX_RESULTS};
use crate::server::JsonBody;
use crate::users::scim::{self as library, Provisioned, ScimUser};

/// A list's query string (`filter` read as text, parsed by [`filter::parse`]).
pub(super) type ListParams = ListQuery<String>;
/// A `.search` body (`filter` read as text, parsed by [`filter::parse`]).
pub(super) type SearchParams = SearchRequest<String>;

/// What a list or search asks: filter, page, attribute selection.
pub(super) struct Query_ {
    pub(super) filter: Option<Filter>,
    pub(super) start_index: usize,
    pub(super) count: usize,
    pub(super) attributes: Vec<String>,
    pub(super) excluded: Vec<String>,
}

fn filter_of(f: Option<String>) -> Result<Option<Filter>, Failure> {
    f.as_deref().map(filter::parse).transpose()
}

fn page(start_index: i64, count: Option<i64>) -> (usize, usize) {
    let start = usize::try_from(start_index.max(1)).unwrap_or(1);
    let count = count.map_or(MAX_RESULTS, |c| usize::try_from(c.max(0)).unwrap_or(0).min(MAX_RESULTS));
    (start, count)
}

pub(super) fn names(raw: Option<&str>) -> Vec<String> {
    raw.map(|r| r.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

impl Query_ {
    pub(super) fn from_list(q: ListParams) -> Result<Query_, Failure> {
        scim_v2::Validate::validate(&q).map_err(|e| bad("invalidValue", e.to_string()))?;
        let (start_index, count) = page(q.effective_start_index(), q.effective_count());
        Ok(Query_ {
            attributes: names(q.attributes.as_deref()),
            excluded: names(q.excluded_attributes.as_deref()),
            filter: filter_of(q.filter)?,
            start_index,
            count,
        })
    }

    pub(super) fn from_search(q: SearchParams) -> Result<Query_, Failure> {
        scim_v2::Validate::validate(&q).map_err(|e| bad("invalidValue", e.to_string()))?;
        let (start_index, count) = page(q.effective_start_index(), q.effective_count());
        Ok(Query_ {
            attributes: q.attributes.clone(),
            excluded: q.excluded_attributes.clone(),
            filter: filter_of(q.filter)?,
            start_index,
            count,
        })
    }
}

/// Keeps the attributes asked for, or drops the ones excluded (RFC 7644
/// §3.9); `schemas` and `id` always stay.
pub(super) fn select(doc: Value, attributes: &[String], excluded: &[String]) -> Value {
    let Value::Object(mut map) = doc else { return doc };
    let top = |name: &str| -> (Option<String>, String) {
        let lower = name.to_ascii_lowercase();
        let ext = ENTERPRISE.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix(&format!("{ext}:")) {
            return (Some(ENTERPRISE.to_string()), rest.split('.').next().unwrap_or_default().to_string());
        }
        let rest =
            lower.rsplit_once("2.0:user:").or(lower.rsplit_once("2.0:group:")).map_or(lower.as_str(), |(_, r)| r);
        (None, rest.split('.').next().unwrap_or_default().to_string())
    };
    let always = |k: &str| k == "schemas" || k == "id";
    if !attributes.is_empty() {
        let wanted: Vec<(Option<String>, String)> = attributes.iter().map(|a| top(a)).collect();
        let whole_ext = attributes.iter().any(|a| a.eq_ignore_ascii_case(ENTERPRISE));
        map.retain(|k, v| {
            if always(k) {
                return true;
            }
            if k == ENTERPRISE {
                if whole_ext {
                    return true;
                }
                if let Value::Object(inner) = v {
                    inner.retain(|ik, _| wanted.contains(&(Some(ENTERPRISE.to_string()), ik.to_ascii_lowercase())));
                    return !inner.is_empty();
                }
                return false;
            }
            wanted.contains(&(None, k.to_ascii_lowercase()))
        });
    }
    for name in excluded {
        if name.eq_ignore_ascii_case(ENTERPRISE) {
            map.remove(ENTERPRISE);
            continue;
        }
        match top(name) {
            (Some(_), attr) => {
                if let Some(Value::Object(inner)) = map.get_mut(ENTERPRISE) {
                    inner.retain(|k, _| k.to_ascii_lowercase() != attr);
                }
            }
            (None, attr) => map.retain(|k, _| always(k) || k.to_ascii_lowercase() != attr),
        }
    }
    Value::Object(map)
}

/// The users a query names, as views, with the total before paging.
fn find_users(
    store: &mut crate::store::Store,
    who: &crate::identity::Principal,
    q: &Query_,
    base: &str,
) -> crate::error::Result<(usize, Vec<Value>)> {
    Ok(q.page(matching_users(store, who, q, base)?))
}

impl Query_ {
    /// The page asked for of `docs`, with the attributes asked for, and
    /// how many there are in all.
    pub(super) fn page(&self, docs: Vec<Value>) -> (usize, Vec<Value>) {
        let total = docs.len();
        let shown = docs
            .into_iter()
            .skip(self.start_index - 1)
            .take(self.count)
            .map(|d| select(d, &self.attributes, &self.excluded))
            .collect();
        (total, shown)
    }
}

/// Every user a query's filter matches, as views, by id.
fn matching_users(
    store: &mut crate::store::Store,
    who: &crate::identity::Principal,
    q: &Query_,
    base: &str,
) -> crate::error::Result<Vec<Value>> {
    Ok(match q.filter.as_ref().and_then(filter::user_name_eq) {
        Some(user_name) => library::by_user_name(store, who, user_name)?.iter().map(|u| view::user(u, base)).collect(),
        None => library::list(store, who)?
            .iter()
            .map(|u| view::user(u, base))
            .filter(|d| q.filter.as_ref().is_none_or(|f| filter::matches(d, f, Kind::User)))
            .collect(),
    })
}

async fn run_list(app: App, headers: HeaderMap, q: Result<Query_, Failure>) -> Response {
    let result = async {
        let q = q?;
        if let Some(f) = &q.filter {
            filter::check(f, Kind::User)?;
        }
        let base = base(&app, &headers);
        let start = q.start_index;
        let (total, docs) =
            app.as_caller(&headers, Via::Scim, move |store, who| find_users(store, who, &q, &base)).await?;
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

/// `POST /.search` at the root: users, then groups, as one list (RFC 7644
/// §3.4.3). A filter applies to the resource types whose attributes it
/// names (`displayName` to both); one that fits neither is 400.
pub(super) async fn search_all(
    State(app): State<App>,
    headers: HeaderMap,
    JsonBody(q): JsonBody<SearchParams>,
) -> Response {
    let result = async {
        let q = Query_::from_search(q)?;
        let (users, groups) = match &q.filter {
            None => (true, true),
            Some(f) => match (filter::check(f, Kind::User), filter::check(f, Kind::Group)) {
                (Err(e), Err(_)) => return Err(e),
                (u, g) => (u.is_ok(), g.is_ok()),
            },
        };
        let base = base(&app, &headers);
        let start = q.start_index;
        let (total, docs) = app
            .as_caller(&headers, Via::Scim, move |store, who| {
                let mut docs = if users { matching_users(store, who, &q, &base)? } else { Vec::new() };
                if groups {
                    docs.extend(super::groups::matching_groups(store, who, &q, &base)?);
                }
                Ok(q.page(docs))
            })
            .await?;
        Ok(view::list(total, start, docs))
    }
    .await;
    answer(StatusCode::OK, result)
}

/// A user resource as sent, read into what the library takes. Attribute
/// names in any case; `active` as Entra's strings too (`scim_v2`); `name`,
/// `emails` and `phoneNumbers` kept as sent.
pub(super) fn provisioned(mut doc: Value) -> Result<Provisioned, Failure> {
    scim_v2::case_insensitive::canonicalize_keys(&mut doc).map_err(|e| bad("invalidSyntax", e.to_string()))?;
    if let Some(map) = doc.as_object_mut() {
        // Read-only attributes a client may send back are ignored (RFC 7644 §3.5.1).
        for ro in ["id", "meta", "groups"] {
            map.remove(ro);
        }
        if !map.contains_key("schemas") {
            map.insert("schemas".into(), Value::Array(vec![Value::String(view::USER.into())]));
        }
    }
    let raw = |key: &str| doc.get(key).filter(|v| !v.is_null()).cloned();
    let (name, emails, phone_numbers) = (raw("name"), raw("emails"), raw("phoneNumbers"));
    let model: ScimModel<String> =
        serde_json::from_value(doc.clone()).map_err(|e| bad("invalidValue", format!("user: {e}")))?;
    let enterprise = model.enterprise_user.clone().into_option();
    let manager =
        match enterprise.as_ref().and_then(|e| e.manager.clone().into_option()).and_then(|m| m.value.into_option()) {
            Some(id) => Some(
                id.trim().parse::<i64>().map_err(|_| bad("invalidValue", format!("manager.value: no user '{id}'")))?,
            ),
            None => None,
        };
    Ok(Provisioned {
        user_name: model.user_name.clone(),
        external_id: model.external_id.into_option(),
        display_name: model.display_name.into_option(),
        name,
        emails,
        phone_numbers,
        title: model.title.into_option(),
        active: model.active.into_option(),
        password: model.password.into_option().map(Secret::new),
        employee_number: enterprise.as_ref().and_then(|e| e.employee_number.clone().into_option()),
        department: enterprise.as_ref().and_then(|e| e.department.clone().into_option()),
        manager,
    })
}

fn one(u: &ScimUser, base: &str) -> Value {
    view::user(u, base)
}

#[derive(serde::Deserialize)]
pub(super) struct Selection {
    pub(super) attributes: Option<String>,
    #[serde(rename = "excludedAttributes")]
    pub(super) excluded_attributes: Option<String>,
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
        .map(|u| select(one(&u, &base), &names(sel.attributes.as_deref()), &names(sel.excluded_attributes.as_deref())));
    answer(StatusCode::OK, result)
}

pub(super) async fn create(State(app): State<App>, headers: HeaderMap, JsonBody(body): JsonBody<Value>) -> Response {
    let base = base(&app, &headers);
    let result = async {
        let p = provisioned(body)?;
        let made = app.as_caller(&headers, Via::Scim, move |store, who| library::create(store, who, p)).await?;
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
        let p = provisioned(body)?;
        let done = app.as_caller(&headers, Via::Scim, move |store, who| library::replace(store, who, &id, p)).await?;
        Ok(one(&done, &base))
    }
    .await;
    answer(StatusCode::OK, result)
}

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
                    provisioned(doc).map_err(into_error)
                })
            })
            .await?;
        Ok(one(&done, &base))
    }
    .await;
    answer(StatusCode::OK, result)
}

/// A SCIM refusal met inside the library's transaction: invalid data (400).
pub(super) fn into_error(f: Failure) -> crate::error::Error {
    match f {
        Failure::Scim { detail, .. } | Failure::BadRequest(detail) => crate::error::Error::invalid(detail),
        Failure::Error(e) => e,
        other => crate::error::Error::invalid(format!("{other:?}")),
    }
}

pub(super) async fn delete(State(app): State<App>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    match app.as_caller(&headers, Via::Scim, move |store, who| library::delete(store, who, &id)).await {
        Ok(_) => reply::no_content(),
        Err(f) => reply::failure(f, Dialect::Scim),
    }
}
