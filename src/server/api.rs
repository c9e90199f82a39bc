//! The JSON API, `/api/v1`: for scripts in any language and for a CRM
//! server not written in Rust. Answers are the CLI's `--format json`
//! documents, built by the same views.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

use super::{App, Failure};
use crate::identity::Via;
use crate::output::http::{self as reply, Dialect};
use crate::output::views::UserView;
use crate::users::{self, ListQuery};

/// The routes under `/api/v1`.
pub fn routes() -> Router<App> {
    Router::new().route("/users", get(list_users)).route("/users/{user}", get(show_user))
}

fn answer<T: serde::Serialize>(status: StatusCode, result: Result<T, Failure>) -> Response {
    match result {
        Ok(value) => reply::json(status, &value),
        Err(failure) => reply::failure(failure, Dialect::Api),
    }
}

/// `GET /users?status=&role=&department=&search=&limit=`.
#[derive(Debug, Deserialize)]
struct ListParams {
    status: Option<String>,
    role: Option<String>,
    department: Option<String>,
    search: Option<String>,
    limit: Option<u64>,
}

async fn list_users(State(app): State<App>, headers: HeaderMap, Query(q): Query<ListParams>) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let query = ListQuery {
                status: q.status,
                role: q.role,
                department: q.department,
                search: q.search,
                inactive_days: None,
                limit: q.limit,
            };
            Ok(users::list(store, who, &query)?.iter().map(UserView::from).collect::<Vec<_>>())
        })
        .await;
    answer(StatusCode::OK, result)
}

async fn show_user(State(app): State<App>, headers: HeaderMap, Path(user): Path<String>) -> Response {
    let result =
        app.as_caller(&headers, Via::Api, move |store, who| Ok(UserView::from(&users::show(store, who, &user)?))).await;
    answer(StatusCode::OK, result)
}
