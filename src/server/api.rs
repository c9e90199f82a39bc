//! The JSON API, `/api/v1`: for scripts in any language and for a CRM
//! server not written in Rust. Bodies and answers are the CLI's `--format
//! json` documents, built by the same views from the same library calls.

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{delete, get, post};
use serde::Deserialize;

use super::{App, Body, Failure, IMPORT_BODY_LIMIT, JsonBody, Params, Segments, optional_json};
use crate::access::roles::{self, Assigned};
use crate::credentials::passwords::Secret;
use crate::error::Error;
use crate::identity::Via;
use crate::import::{self, NewPasswords, OnConflict};
use crate::output::http::{self as reply, Dialect};
use crate::output::views::{
    AuditView, CanAnswerView, ImportView, InvitationView, IssuedView, LoginView, PendingView, UserView,
    UserWithInvitation, UserWithPassword, invitation_code_view,
};
use crate::users::{self, ListQuery, NewUser, PasswordChoice, UserChanges, invitations};

/// The routes under `/api/v1`.
pub fn routes() -> Router<App> {
    Router::new()
        .route("/users", get(list_users).post(add_user))
        .route("/users/{user}", get(show_user).patch(update_user))
        .route("/users/{user}/{verb}", post(lifecycle))
        .route("/users/{user}/roles", post(assign_role))
        .route("/users/{user}/roles/{role}", delete(unassign_role))
        .route("/users/{user}/can/{permission}", get(can))
        .route("/import", post(import).layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)))
        .route("/invites", post(create_invite))
        .route("/invites/{id}/{verb}", post(invite_verb))
        .route("/auth/verify", post(verify))
        .route("/audit", get(audit))
}

/// The answer to a call: `status` with the JSON document, or the failure.
fn answer<T: serde::Serialize>(status: StatusCode, result: Result<T, Failure>) -> Response {
    match result {
        Ok(value) => reply::json(status, &value),
        Err(failure) => reply::failure(failure, Dialect::Api),
    }
}

/// `GET /users?status=&role=&department=&search=&limit=`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListParams {
    status: Option<String>,
    role: Option<String>,
    department: Option<String>,
    search: Option<String>,
    inactive_days: Option<u32>,
    limit: Option<u64>,
}

async fn list_users(State(app): State<App>, headers: HeaderMap, Params(q): Params<ListParams>) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let query = ListQuery {
                status: q.status,
                role: q.role,
                department: q.department,
                search: q.search,
                inactive_days: q.inactive_days,
                limit: q.limit,
            };
            Ok(users::list(store, who, &query)?.iter().map(UserView::from).collect::<Vec<_>>())
        })
        .await;
    answer(StatusCode::OK, result)
}

async fn show_user(State(app): State<App>, headers: HeaderMap, Segments(user): Segments<String>) -> Response {
    let result =
        app.as_caller(&headers, Via::Api, move |store, who| Ok(UserView::from(&users::show(store, who, &user)?))).await;
    answer(StatusCode::OK, result)
}

/// `POST /users`: the user JSON, plus `password` (set it), `random_password`
/// (generate one, answered once), `invite` (an invitation, the default
/// when no password is given) and `send` (mail the invitation).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AddBody {
    username: String,
    name: String,
    email: String,
    phone: Option<String>,
    employee_id: Option<String>,
    department: Option<String>,
    title: Option<String>,
    manager: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    expires: Option<String>,
    password: Option<String>,
    #[serde(default)]
    random_password: bool,
    invite: Option<bool>,
    #[serde(default)]
    send: bool,
    #[serde(default)]
    must_change_password: bool,
    #[serde(default)]
    if_not_exists: bool,
}

/// What `POST /users` answers: the user, with its invitation or generated
/// password when there is one (the CLI's `user add --format json`).
#[derive(serde::Serialize)]
#[serde(untagged)]
enum AddedView {
    User(UserView),
    WithPassword(UserWithPassword),
    WithInvitation(UserWithInvitation),
}

async fn add_user(State(app): State<App>, headers: HeaderMap, JsonBody(body): JsonBody<AddBody>) -> Response {
    let smtp = app.smtp_password();
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let choices = [body.password.is_some(), body.random_password, body.invite == Some(true)];
            if choices.iter().filter(|c| **c).count() > 1 {
                return Err(Error::usage("give one of password, random_password and invite"));
            }
            let invite = body.invite.unwrap_or(body.password.is_none() && !body.random_password);
            let password = match (body.password, body.random_password, invite) {
                (Some(pw), _, _) => PasswordChoice::Given(Secret::new(pw)),
                (None, true, _) => PasswordChoice::Random,
                (None, false, _) => PasswordChoice::None,
            };
            if invite && body.send {
                crate::mail::check_store_ready(store)?;
            }
            let req = NewUser {
                username: body.username,
                name: body.name,
                email: body.email,
                phone: body.phone,
                employee_id: body.employee_id,
                department: body.department,
                title: body.title,
                manager: body.manager,
                roles: body.roles,
                expires: body.expires,
                password,
                must_change_password: body.must_change_password,
                if_not_exists: body.if_not_exists,
                invite,
                ..NewUser::default()
            };
            let added = users::add(store, who, req)?;
            if let (Some(issued), true) = (&added.invitation, body.send) {
                crate::mail::send_invitation(store, issued, smtp.as_deref())?;
            }
            let user = UserView::from(&added.user);
            let view = match (&added.invitation, &added.password) {
                (Some(issued), _) => {
                    AddedView::WithInvitation(UserWithInvitation { user, invitation: invitation_code_view(issued) })
                }
                (None, Some(pw)) => {
                    AddedView::WithPassword(UserWithPassword { user, password: pw.expose().to_string() })
                }
                (None, None) => AddedView::User(user),
            };
            Ok((added.created, view))
        })
        .await;
    match result {
        Ok((created, view)) => reply::json(if created { StatusCode::CREATED } else { StatusCode::OK }, &view),
        Err(failure) => reply::failure(failure, Dialect::Api),
    }
}

/// `PATCH /users/{USER}`: the fields to change; `""` clears an optional one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateBody {
    username: Option<String>,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    employee_id: Option<String>,
    department: Option<String>,
    title: Option<String>,
    manager: Option<String>,
    expires: Option<String>,
}

async fn update_user(
    State(app): State<App>,
    headers: HeaderMap,
    Segments(user): Segments<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let changes = UserChanges {
                username: body.username,
                name: body.name,
                email: body.email,
                phone: body.phone,
                employee_id: body.employee_id,
                department: body.department,
                title: body.title,
                manager: body.manager,
                expires: body.expires,
                ..UserChanges::default()
            };
            Ok(UserView::from(&users::update(store, who, &user, changes)?.user))
        })
        .await;
    answer(StatusCode::OK, result)
}

/// The optional body of `POST /users/{USER}/disable`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DisableBody {
    reason: Option<String>,
    transfer_to: Option<String>,
}

/// `POST /users/{USER}/disable|enable|delete|restore`.
async fn lifecycle(
    State(app): State<App>,
    headers: HeaderMap,
    Segments((user, verb)): Segments<(String, String)>,
    Body(bytes): Body,
) -> Response {
    let disable: DisableBody = match verb.as_str() {
        "disable" => match optional_json(&bytes) {
            Ok(body) => body,
            Err(failure) => return reply::failure(failure, Dialect::Api),
        },
        "enable" | "delete" | "restore" => DisableBody::default(),
        _ => return reply::failure(Failure::NoRoute, Dialect::Api),
    };
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let changed = match verb.as_str() {
                "disable" => {
                    users::disable(store, who, &user, disable.reason.as_deref(), disable.transfer_to.as_deref())?
                }
                "enable" => users::enable(store, who, &user)?,
                "delete" => users::delete(store, who, &user)?,
                _ => users::restore(store, who, &user)?,
            };
            Ok(UserView::from(&changed.user))
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `POST /users/{USER}/roles`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssignBody {
    role: String,
    department: Option<String>,
    expires: Option<String>,
}

/// What `role assign --format json` prints: the user, or the pending request.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum AssignedView {
    Done(Box<UserView>),
    Pending(PendingView),
}

async fn assign_role(
    State(app): State<App>,
    headers: HeaderMap,
    Segments(user): Segments<String>,
    JsonBody(body): JsonBody<AssignBody>,
) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let assigned =
                roles::assign(store, who, &user, &body.role, body.department.as_deref(), body.expires.as_deref())?;
            Ok(match assigned {
                Assigned::Done(changed) => {
                    (StatusCode::OK, AssignedView::Done(Box::new(UserView::from(&changed.user))))
                }
                Assigned::Pending(id) => {
                    (StatusCode::ACCEPTED, AssignedView::Pending(PendingView { status: "pending", request_id: id }))
                }
            })
        })
        .await;
    match result {
        Ok((status, view)) => reply::json(status, &view),
        Err(failure) => reply::failure(failure, Dialect::Api),
    }
}

/// `?department=` of a role removal or a permission check.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentParam {
    department: Option<String>,
}

async fn unassign_role(
    State(app): State<App>,
    headers: HeaderMap,
    Segments((user, role)): Segments<(String, String)>,
    Params(q): Params<DepartmentParam>,
) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            Ok(UserView::from(&roles::unassign(store, who, &user, &role, q.department.as_deref())?.user))
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `GET /users/{USER}/can/{PERMISSION}?department=`: allowed or not, both 200.
async fn can(
    State(app): State<App>,
    headers: HeaderMap,
    Segments((user, permission)): Segments<(String, String)>,
    Params(q): Params<DepartmentParam>,
) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            Ok(CanAnswerView::from(&roles::can(store, who, &user, &permission, q.department.as_deref())?))
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `POST /import?dry_run=&on_conflict=&atomic=&invite=`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportParams {
    #[serde(default)]
    dry_run: bool,
    on_conflict: Option<OnConflict>,
    #[serde(default)]
    atomic: bool,
    #[serde(default)]
    invite: bool,
    #[serde(default)]
    sync_roles: bool,
    sheet: Option<String>,
    header_line: Option<u64>,
}

async fn import(
    State(app): State<App>,
    headers: HeaderMap,
    Params(q): Params<ImportParams>,
    Body(bytes): Body,
) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            // A workbook is recognised by its content, which needs a file to
            // look at: the body goes to a private temporary file.
            let mut spool = tempfile::NamedTempFile::new()
                .map_err(|err| Error::storage(format!("cannot spool the body: {err}")))?;
            std::io::Write::write_all(&mut spool, &bytes)
                .map_err(|err| Error::storage(format!("cannot spool the body: {err}")))?;
            let opts = import::Options {
                on_conflict: q.on_conflict.unwrap_or_default(),
                dry_run: q.dry_run,
                atomic: q.atomic,
                sync_roles: q.sync_roles,
                sheet: q.sheet,
                header_line: q.header_line,
                passwords: if q.invite { NewPasswords::Invite } else { NewPasswords::None },
                ..import::Options::default()
            };
            let summary = import::run(store, who, spool.path(), &opts, &mut |_, _| {})?;
            Ok(ImportView::from(&summary))
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `POST /invites`: what `invite create` takes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InviteBody {
    target: Option<String>,
    email: Option<String>,
    name: Option<String>,
    role: Option<String>,
    department: Option<String>,
    expires_in: Option<String>,
    #[serde(default)]
    send: bool,
}

async fn create_invite(State(app): State<App>, headers: HeaderMap, JsonBody(body): JsonBody<InviteBody>) -> Response {
    let smtp = app.smtp_password();
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let target = body
                .target
                .or(body.email)
                .ok_or_else(|| Error::usage("give email (or target: a USER still invited)"))?;
            if body.send {
                crate::mail::check_store_ready(store)?;
            }
            let req = invitations::Request {
                target,
                name: body.name,
                role: body.role,
                department: body.department,
                expires_in: body.expires_in,
            };
            let issued = invitations::create(store, who, req)?;
            if body.send {
                crate::mail::send_invitation(store, &issued, smtp.as_deref())?;
            }
            Ok(IssuedView::from(&issued))
        })
        .await;
    answer(StatusCode::CREATED, result)
}

/// The optional body of `POST /invites/{ID}/resend`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResendBody {
    #[serde(default)]
    send: bool,
}

/// What the invitation verbs answer.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum InviteAnswer {
    Issued(IssuedView),
    Invitation(InvitationView),
}

/// `POST /invites/{ID}/resend|revoke`.
async fn invite_verb(
    State(app): State<App>,
    headers: HeaderMap,
    Segments((id, verb)): Segments<(i64, String)>,
    Body(bytes): Body,
) -> Response {
    let resend: ResendBody = match verb.as_str() {
        "resend" => match optional_json(&bytes) {
            Ok(body) => body,
            Err(failure) => return reply::failure(failure, Dialect::Api),
        },
        "revoke" => ResendBody::default(),
        _ => return reply::failure(Failure::NoRoute, Dialect::Api),
    };
    let smtp = app.smtp_password();
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| match verb.as_str() {
            "resend" => {
                if resend.send {
                    crate::mail::check_store_ready(store)?;
                }
                let issued = invitations::resend(store, who, id)?;
                if resend.send {
                    crate::mail::send_invitation(store, &issued, smtp.as_deref())?;
                }
                Ok(InviteAnswer::Issued(IssuedView::from(&issued)))
            }
            _ => Ok(InviteAnswer::Invitation(InvitationView::from(&invitations::revoke(store, who, id)?))),
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `POST /auth/verify`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyBody {
    username: String,
    password: String,
    totp: Option<String>,
}

async fn verify(State(app): State<App>, headers: HeaderMap, JsonBody(body): JsonBody<VerifyBody>) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let password = Secret::new(body.password);
            let login = crate::login::verify_login_as(store, who, &body.username, &password, body.totp.as_deref())?;
            Ok(LoginView { ok: true, username: login.username, must_change_password: login.must_change_password })
        })
        .await;
    answer(StatusCode::OK, result)
}

/// `GET /audit?user=&actor=&action=&since=&until=&limit=`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditParams {
    user: Option<String>,
    actor: Option<String>,
    action: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<u64>,
}

async fn audit(State(app): State<App>, headers: HeaderMap, Params(q): Params<AuditParams>) -> Response {
    let result = app
        .as_caller(&headers, Via::Api, move |store, who| {
            let query = crate::audit::Query {
                user: q.user,
                actor: q.actor,
                action: q.action,
                since: q.since,
                until: q.until,
                limit: q.limit,
            };
            Ok(users::audit_trail(store, who, &query)?.iter().map(AuditView::from).collect::<Vec<_>>())
        })
        .await;
    answer(StatusCode::OK, result)
}
