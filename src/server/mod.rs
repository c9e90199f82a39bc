//! `crmctl serve`: the HTTP trust boundary (SPEC "Server").
//!
//! One module per surface: `scim` for identity providers, `api` for scripts
//! and the CRM server, `forms` for web forms. A handler extracts the request,
//! calls the same library function as the CLI, and hands the result to
//! `output::http`; no rule lives here. What is common lives in this file:
//! the pool of store connections (each opened and migrated once), the
//! caller behind a bearer token, the per-token rate limit, the body and time
//! limits, the log line of each request, `/healthz`, TLS and a graceful stop.

mod api;
mod body;
mod forms;
mod pool;
mod scim;

use std::cell::Cell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::get;

pub use body::{Body, JsonBody, Params, Segments, optional_json};
pub use pool::Pool;

use crate::error::{Error, Kind, Result};
use crate::identity::{Principal, Via};
pub use crate::output::http::Failure;
use crate::output::http::{self as reply, Dialect, RequestLog};
use crate::store::Store;

/// Bodies up to 1 MiB; imports up to 64 MiB (SPEC "Server", "Limits").
pub const BODY_LIMIT: usize = 1 << 20;
/// The body limit of `POST /api/v1/import`.
pub const IMPORT_BODY_LIMIT: usize = 64 << 20;

/// The body limit of a request path.
fn body_limit(path: &str) -> usize {
    if path == "/api/v1/import" { IMPORT_BODY_LIMIT } else { BODY_LIMIT }
}

/// How `crmctl serve` was asked to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen; port 0 picks one.
    pub listen: SocketAddr,
    /// Where to write the base URL once listening.
    pub port_file: Option<PathBuf>,
    /// Certificate chain and key (PEM) for HTTPS.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// How long a request may take, reading its body included.
    pub request_timeout: Duration,
    /// `CRMCTL_SMTP_PASSWORD`, for mail the server sends.
    pub smtp_password: Option<String>,
}

/// The state every handler shares: cheap to clone.
#[derive(Clone)]
pub struct App(Arc<Inner>);

struct Inner {
    pool: Pool,
    limiter: Limiter,
    smtp_password: Option<String>,
    tls: bool,
}

impl App {
    /// A server over `pool`, allowing each token `rate_per_minute` requests
    /// a minute; `tls` when it serves HTTPS itself.
    pub fn new(pool: Pool, rate_per_minute: u64, smtp_password: Option<String>, tls: bool) -> App {
        App(Arc::new(Inner { pool, limiter: Limiter::new(rate_per_minute), smtp_password, tls }))
    }

    /// Whether the server serves HTTPS itself (`--tls-cert`): its URLs
    /// then start with `https`, whatever a client's headers say.
    pub fn serves_tls(&self) -> bool {
        self.0.tls
    }

    /// The SMTP password for mail the server sends, if one was given.
    pub fn smtp_password(&self) -> Option<String> {
        self.0.smtp_password.clone()
    }

    /// Runs `f` as the caller the request's bearer token names, coming by
    /// `via`, on a pooled store in a blocking task: authentication, the rate
    /// limit and the work use one connection.
    pub async fn as_caller<T, F>(&self, headers: &HeaderMap, via: Via, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store, &Principal) -> Result<T> + Send + 'static,
    {
        let token = bearer(headers).ok_or(Failure::Unauthorized)?;
        let app = self.clone();
        let (token_id, outcome) = self
            .0
            .pool
            .run(deadline(), move |store| {
                let (who, token_id) = match crate::access::tokens::authenticate_token(store, &token) {
                    Ok(found) => found,
                    Err(err) if err.kind == Kind::NotPermitted => return (None, Err(Failure::Unauthorized)),
                    Err(err) => return (None, Err(err.into())),
                };
                if let Err(retry_after) = app.0.limiter.admit(token_id) {
                    return (Some(token_id), Err(Failure::TooMany { retry_after }));
                }
                let who = who.with_via(via);
                (Some(token_id), f(store, &who).map_err(Failure::from))
            })
            .await?;
        if let Some(id) = token_id {
            let _ = TOKEN_ID.try_with(|slot| slot.set(Some(id)));
        }
        outcome
    }

    /// Runs `f` on a pooled store in a blocking task, with no caller: form
    /// sign-ups, which prove their sender by a signature instead.
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T> + Send + 'static,
    {
        self.0.pool.run(deadline(), f).await?.map_err(Failure::from)
    }
}

/// The token of `Authorization: Bearer <token>` (the scheme in any case).
fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then(|| token.to_string())
}

/// Requests a minute per token, counted in fixed one-minute windows. Each
/// server counts its own requests.
struct Limiter {
    per_minute: u64,
    windows: Mutex<HashMap<i64, (u64, u64)>>,
}

impl Limiter {
    fn new(per_minute: u64) -> Limiter {
        Limiter { per_minute, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a request of `token`; past the rate, the seconds to wait.
    fn admit(&self, token: i64) -> std::result::Result<(), u64> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_secs();
        let minute = now / 60;
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > 100_000 {
            windows.retain(|_, (m, _)| *m == minute);
        }
        let entry = windows.entry(token).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        if entry.1 >= self.per_minute {
            return Err((minute + 1) * 60 - now);
        }
        entry.1 += 1;
        Ok(())
    }
}

tokio::task_local! {
    /// The id of the token the request used, for its log line.
    static TOKEN_ID: Cell<Option<i64>>;
    /// When the request's time is up: its writes roll back after that.
    static DEADLINE: Instant;
}

/// The deadline of the request being handled, if any.
fn deadline() -> Option<Instant> {
    DEADLINE.try_with(|at| *at).ok()
}

/// The routes of every surface, with the limits and the log.
pub fn router(app: App, request_timeout: Duration) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api/v1", api::routes())
        .nest("/scim/v2", scim::routes())
        .nest("/forms/v1", forms::routes())
        .fallback(no_route)
        .method_not_allowed_fallback(no_method)
        .route_layer(axum::middleware::from_fn(keep_route))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(request_timeout, observe))
        .with_state(app)
}

/// `GET /healthz`: answers without a token, after asking the store.
async fn healthz(State(app): State<App>) -> Response {
    match app.with_store(|store| store.schema_version()).await {
        Ok(schema) => reply::health(schema),
        Err(failure) => reply::failure(failure, Dialect::Api),
    }
}

async fn no_route(request: Request) -> Response {
    reply::failure(Failure::NoRoute, Dialect::of(request.uri().path()))
}

async fn no_method(request: Request) -> Response {
    reply::failure(Failure::MethodNotAllowed, Dialect::of(request.uri().path()))
}

/// Hands the matched route pattern (never the path, which may hold a form's
/// secret) to [`observe`] for the log line.
async fn keep_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().cloned();
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

/// The time limit and the log line of every request.
async fn observe(State(timeout): State<Duration>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let dialect = Dialect::of(request.uri().path());
    // A body announced larger than the route takes is refused from the
    // headers, before a byte of it is read (a chunked one, while reading).
    let announced = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = announced.is_some_and(|n| n > body_limit(request.uri().path()) as u64);
    let (response, token_id) = TOKEN_ID
        .scope(
            Cell::new(None),
            DEADLINE.scope(started + timeout, async move {
                if too_large {
                    return (reply::failure(Failure::TooLarge, dialect), None);
                }
                let response = match tokio::time::timeout(timeout, next.run(request)).await {
                    Ok(response) => response,
                    Err(_) => reply::failure(Failure::Timeout, dialect),
                };
                (response, TOKEN_ID.with(Cell::get))
            }),
        )
        .await;
    let route = response.extensions().get::<MatchedPath>().map(|r| r.as_str().to_string());
    reply::log(&RequestLog {
        time: crate::clock::format(crate::clock::now()),
        method,
        route: route.unwrap_or_else(|| "-".into()),
        status: response.status().as_u16(),
        duration_ms: (started.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0,
        token_id,
    });
    response
}

/// Runs the server until SIGTERM or SIGINT, then lets the requests in flight finish.
pub fn serve(opts: Options, open: pool::Open) -> Result<()> {
    let pool = Pool::new(open);
    // The store must open before the server listens: a wrong --db is the
    // command's error and exit code, not a server answering 500.
    let rate = pool.first(|store| {
        let settings = store.read(crate::config::Settings::load)?;
        Ok(settings.number("server.rate_per_minute").unwrap_or(6000))
    })?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| Error::storage(format!("cannot start the server's runtime: {err}")))?;
    let app = App::new(pool, rate, opts.smtp_password.clone(), opts.tls.is_some());
    runtime.block_on(run(opts, app))
}

async fn run(opts: Options, app: App) -> Result<()> {
    let timeout = opts.request_timeout;
    let router = router(app, timeout);
    let handle = axum_server::Handle::new();
    let listen = opts.listen;
    let scheme = if opts.tls.is_some() { "https" } else { "http" };
    let served = {
        let handle = handle.clone();
        match &opts.tls {
            None => {
                let mut server = axum_server::bind(listen).handle(handle).first_request_timeout(timeout);
                // Headers that come slowly (slowloris) close the connection.
                server.http_builder().http1().header_read_timeout(timeout);
                tokio::spawn(async move { server.serve(router.into_make_service()).await })
            }
            Some((cert, key)) => {
                // rustls needs one process-wide provider; ring is the one lettre uses.
                let _ = rustls::crypto::ring::default_provider().install_default();
                let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key).await.map_err(|err| {
                    Error::usage(format!("cannot read --tls-cert/--tls-key: {err}"))
                        .hint("give a PEM certificate chain and its PEM private key")
                })?;
                let mut server = axum_server::bind_rustls(listen, config).handle(handle).first_request_timeout(timeout);
                server.http_builder().http1().header_read_timeout(timeout);
                tokio::spawn(async move { server.serve(router.into_make_service()).await })
            }
        }
    };
    let Some(bound) = handle.listening().await else {
        let why = match served.await {
            Ok(Err(err)) => err.to_string(),
            _ => "the listener stopped".to_string(),
        };
        return Err(Error::storage(format!("cannot listen on {listen}: {why}"))
            .hint("pick another address with --listen ADDR:PORT (port 0 picks a free one)"));
    };
    let url = format!("{scheme}://{bound}");
    reply::listening(&url);
    if let Some(file) = &opts.port_file {
        crate::files::replace(file, "--port-file", format!("{url}\n").as_bytes())?;
    }
    let stop = handle.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        // Requests in flight get the request time limit to finish.
        stop.graceful_shutdown(Some(Duration::from_secs(30)));
    });
    match served.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(err)) => Err(Error::storage(format!("the server failed: {err}"))),
        Err(err) => Err(Error::storage(format!("the server failed: {err}"))),
    }
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
        // Without signal handlers the server runs until killed.
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}
