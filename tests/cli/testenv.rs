//! `TestEnv`: a temporary home and database, and helpers that run the real
//! binary and check exit code, stdout and stderr.

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use tempfile::TempDir;

/// The login behind `sudo` in every test run: `daemon` is uid 1 on Debian.
pub const SUDO_LOGIN: &str = "daemon";

/// The actor the superuser is recorded as in tests: `os:daemon` when the
/// tests run as root (CI), else the login of whoever runs them.
pub fn superuser_actor() -> String {
    if nix::unistd::getuid().is_root() {
        format!("os:{SUDO_LOGIN}")
    } else {
        let uid = nix::unistd::geteuid();
        let name = nix::unistd::User::from_uid(uid).ok().flatten().map(|u| u.name);
        format!("os:{}", name.unwrap_or_else(|| format!("uid{uid}")))
    }
}

pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
    envs: Vec<(String, String)>,
}

/// The result of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

impl TestEnv {
    /// A temporary home, and a database: a file in it, or, when
    /// `CRMCTL_TEST_POSTGRES` names a server, a new database on that server.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = match postgres_server() {
            Some(server) => PathBuf::from(fresh_postgres_database(&server)),
            None => dir.path().join("crm.db"),
        };
        TestEnv { dir, db, envs: Vec::new() }
    }

    /// Whether this test's database is on PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        self.db.to_str().is_some_and(|db| db.starts_with("host=") || db.starts_with("postgres"))
    }

    /// Sets an extra environment variable for every later run.
    pub fn env(&mut self, key: &str, value: &str) -> &mut Self {
        self.envs.push((key.into(), value.into()));
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command with a clean environment: only HOME, the database and a
    /// fixed, consistent SUDO_USER/SUDO_UID pair (so the actor is
    /// predictable: crmctl trusts it only when run by root, as CI is).
    pub fn command(&self, args: &[&str]) -> Command {
        self.program(env!("CARGO_BIN_EXE_crmctl"), args)
    }

    /// Any program (an example script) with the same clean environment.
    pub fn program(&self, program: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("CRMCTL_DB", &self.db)
            .env("SUDO_USER", SUDO_LOGIN)
            .env("SUDO_UID", "1")
            .args(args);
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn run_with(&self, mut cmd: Command, stdin: Option<&str>) -> Run {
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).unwrap();
        }
        drop(pipe);
        let out: Output = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.command(args), None)
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_with(self.command(args), Some(stdin))
    }

    /// Runs, asserts exit 0, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "crmctl {args:?}\n{run:?}");
        run.stdout
    }

    /// Runs, asserts exit `code` and an `error:` line on stderr, returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let run = self.run(args);
        assert_eq!(run.code, code, "crmctl {args:?}\n{run:?}");
        assert!(run.stderr.contains("error"), "no error message for {args:?}\n{run:?}");
        run.stderr
    }

    /// Runs with `--format json`, asserts exit 0, parses stdout strictly.
    pub fn json<T: for<'de> Deserialize<'de>>(&self, args: &[&str]) -> T {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        let out = self.ok(&args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("bad JSON from {args:?}: {e}\n{out}"))
    }

    /// The SQLite database file, for the tests that read what only a file
    /// has (see [`sqlite_only`]).
    pub fn conn(&self) -> rusqlite::Connection {
        assert!(!self.on_postgres(), "conn() opens the SQLite file: mark the test sqlite_only, or use sql/exec");
        rusqlite::Connection::open(&self.db).unwrap()
    }

    /// One value from the database (SQLite or PostgreSQL).
    pub fn sql<T: SqlValue>(&self, query: &str) -> T {
        self.sql_with(query, &[])
    }

    /// One value from the database, with parameters `?1`, `?2`...
    pub fn sql_with<T: SqlValue>(&self, query: &str, params: &[&dyn Param]) -> T {
        match self.on_postgres() {
            false => {
                let lite: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p.lite()).collect();
                self.conn().query_row(query, lite.as_slice(), |r| r.get(0)).unwrap()
            }
            true => {
                let pg: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p.pg()).collect();
                let row = self.pg().query_one(&dollars(query), &pg).unwrap_or_else(|e| panic!("{query}: {e}"));
                row.get(0)
            }
        }
    }

    /// Every row of a query, as values.
    pub fn rows(&self, query: &str, params: &[&dyn Param]) -> Vec<Vec<Val>> {
        match self.on_postgres() {
            false => {
                let lite: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p.lite()).collect();
                let conn = self.conn();
                let mut stmt = conn.prepare(query).unwrap();
                let width = stmt.column_count();
                stmt.query_map(lite.as_slice(), |r| {
                    (0..width)
                        .map(|i| {
                            Ok(match r.get_ref(i)? {
                                rusqlite::types::ValueRef::Integer(v) => Val::Int(v),
                                rusqlite::types::ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into()),
                                _ => Val::Null,
                            })
                        })
                        .collect()
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
            }
            true => {
                let pg: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p.pg()).collect();
                let rows = self.pg().query(&dollars(query), &pg).unwrap_or_else(|e| panic!("{query}: {e}"));
                rows.iter()
                    .map(|r| {
                        (0..r.len())
                            .map(|i| match r.columns()[i].type_().name() {
                                "int8" | "int4" => r.get::<_, Option<i64>>(i).map_or(Val::Null, Val::Int),
                                _ => r.get::<_, Option<String>>(i).map_or(Val::Null, Val::Text),
                            })
                            .collect()
                    })
                    .collect()
            }
        }
    }

    /// Runs statements on the database (to break it, or to age rows).
    pub fn exec(&self, sql: &str) {
        match self.on_postgres() {
            false => self.conn().execute_batch(sql).unwrap(),
            true => self.pg().batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e}")),
        }
    }

    /// Runs one statement with parameters `?1`, `?2`...; how many rows it changed.
    pub fn exec_with(&self, sql: &str, params: &[&dyn Param]) -> u64 {
        match self.on_postgres() {
            false => {
                let lite: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p.lite()).collect();
                self.conn().execute(sql, lite.as_slice()).unwrap() as u64
            }
            true => {
                let pg: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p.pg()).collect();
                self.pg().execute(&dollars(sql), &pg).unwrap_or_else(|e| panic!("{sql}: {e}"))
            }
        }
    }

    /// The schema version the database records (SQLite: `user_version`).
    pub fn schema_version(&self) -> i64 {
        match self.on_postgres() {
            false => self.sql("PRAGMA user_version"),
            true => self.sql("SELECT max(version) FROM schema_version"),
        }
    }

    /// The database's own integrity check passes (SQLite's `PRAGMA
    /// integrity_check`; on PostgreSQL, the `integrity` item of `crmctl check`).
    pub fn integrity_ok(&self) -> bool {
        match self.on_postgres() {
            false => self.sql::<String>("PRAGMA integrity_check") == "ok",
            true => {
                let v: serde_json::Value =
                    serde_json::from_str(&self.run(&["check", "--format", "json"]).stdout).unwrap();
                v["checks"].as_array().unwrap().iter().any(|c| c["name"] == "integrity" && c["ok"] == true)
            }
        }
    }

    /// Records another schema version, as a newer crmctl would.
    pub fn set_schema_version(&self, version: i64) {
        match self.on_postgres() {
            false => self.exec(&format!("PRAGMA user_version = {version}")),
            true => self.exec(&format!("UPDATE schema_version SET version = {version}")),
        }
    }

    /// Holds the lock every writer takes, as another crmctl in the middle
    /// of a write would, until dropped.
    pub fn hold_write_lock(&self) -> Box<dyn std::any::Any> {
        match self.on_postgres() {
            false => {
                let conn = self.conn();
                conn.execute_batch("BEGIN IMMEDIATE").unwrap();
                Box::new(conn)
            }
            true => {
                let mut client = self.pg();
                // crmctl's advisory lock ("crmctl" in ASCII), for this session.
                client.batch_execute("SELECT pg_advisory_lock(109343112655980)").unwrap();
                Box::new(client)
            }
        }
    }

    fn pg(&self) -> postgres::Client {
        let db = self.db.to_str().unwrap();
        postgres::Client::connect(db, postgres::NoTls).unwrap_or_else(|e| panic!("cannot connect to {db}: {e}"))
    }

    /// A database with an admin `root` (password given) and an org name.
    pub fn with_admin() -> Self {
        let env = TestEnv::new();
        let run = env.run_stdin(
            &[
                "init",
                "--org",
                "Example Ltd",
                "--admin",
                "root",
                "--name",
                "Root",
                "--email",
                "root@example.com",
                "--password-stdin",
            ],
            "steady admin battery 2026\n",
        );
        assert_eq!(run.code, 0, "{run:?}");
        env
    }

    /// Adds an invited user with a given email.
    pub fn invite(&self, username: &str, extra: &[&str]) {
        let email = format!("{username}@example.com");
        let mut args = vec!["user", "add", username, "--name", username, "--email", email.as_str(), "--invite", "-q"];
        args.extend(extra);
        self.ok(&args);
    }

    /// Adds an active user with `password`.
    pub fn active(&self, username: &str, password: &str, extra: &[&str]) {
        let email = format!("{username}@example.com");
        let mut args =
            vec!["user", "add", username, "--name", username, "--email", email.as_str(), "--password-stdin", "-q"];
        args.extend(extra);
        let run = self.run_stdin(&args, &format!("{password}\n"));
        assert_eq!(run.code, 0, "{run:?}");
    }
}

/// A value read back by [`TestEnv::rows`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Null,
    Int(i64),
    Text(String),
}

impl Val {
    pub fn int(&self) -> i64 {
        match self {
            Val::Int(v) => *v,
            other => panic!("not an integer: {other:?}"),
        }
    }
    pub fn opt_int(&self) -> Option<i64> {
        match self {
            Val::Null => None,
            other => Some(other.int()),
        }
    }
    pub fn text(&self) -> String {
        match self {
            Val::Text(v) => v.clone(),
            other => panic!("not text: {other:?}"),
        }
    }
}

/// A value both databases read back: i64, String and their Options.
pub trait SqlValue: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a> {}
impl<T: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>> SqlValue for T {}

/// A statement parameter for both databases.
pub trait Param {
    fn lite(&self) -> &dyn rusqlite::ToSql;
    fn pg(&self) -> &(dyn postgres::types::ToSql + Sync);
}
impl<T: rusqlite::ToSql + postgres::types::ToSql + Sync> Param for T {
    fn lite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn pg(&self) -> &(dyn postgres::types::ToSql + Sync) {
        self
    }
}

/// SQLite's `?1` placeholders as PostgreSQL's `$1`.
fn dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

/// The PostgreSQL server the tests run against (`CRMCTL_TEST_POSTGRES`, a
/// connection string of a role that may create databases), if any.
pub fn postgres_server() -> Option<String> {
    std::env::var("CRMCTL_TEST_POSTGRES").ok().filter(|s| !s.trim().is_empty())
}

/// The PostgreSQL server for a test that needs one whichever backend the
/// suite runs on (`store copy`). Without `CRMCTL_TEST_POSTGRES` the test is
/// skipped with a note, except in CI (`CI` set), where that is a failure,
/// unless `CRMCTL_TEST_POSTGRES_LATER` says a later pass brings the server
/// (`.ci/run`'s SQLite pass, before `.ci/postgres`).
pub fn postgres_for(test: &str) -> Option<String> {
    let server = postgres_server();
    if server.is_none() {
        let later = std::env::var_os("CRMCTL_TEST_POSTGRES_LATER").is_some();
        assert!(
            std::env::var_os("CI").is_none() || later,
            "{test} needs a PostgreSQL server: CI must set CRMCTL_TEST_POSTGRES (.ci/postgres does)"
        );
        eprintln!("skipped without CRMCTL_TEST_POSTGRES: {test}");
    }
    server
}

/// Tests that read what only a SQLite file has, and why: skipped on
/// PostgreSQL. The one list of them.
pub const SQLITE_ONLY: &[(&str, &str)] = &[
    (
        "attacks_erasure::a_purged_user_is_nowhere_in_the_file_and_the_log_still_verifies",
        "reads the bytes of the database file and its WAL (a PostgreSQL server's files are its own)",
    ),
    (
        "attacks_files::a_foreign_sqlite_file_is_refused_before_a_byte_of_it_changes",
        "a SQLite file of another application",
    ),
    ("attacks_files::a_zero_byte_database_is_not_initialised_by_a_read_command", "a zero-byte database file"),
    ("ops::check_reports_health_and_problems", "file and folder permissions of the database file"),
    ("store::a_file_that_is_not_a_crmctl_database_is_exit_8_and_left_alone", "a file that is not a database"),
    ("store::a_truncated_database_is_exit_8_not_a_panic", "a truncated database file"),
];

/// True (and a note on stderr) when `test` is in [`SQLITE_ONLY`] and the
/// tests run on PostgreSQL: the test then returns.
pub fn sqlite_only(test: &str) -> bool {
    let reason = SQLITE_ONLY
        .iter()
        .find(|(name, _)| *name == test)
        .map(|(_, why)| *why)
        .unwrap_or_else(|| panic!("{test} is not in testenv::SQLITE_ONLY"));
    let skip = postgres_server().is_some();
    if skip {
        eprintln!("skipped on PostgreSQL: {test}: {reason}");
    }
    skip
}

/// Makes a new database on `server` for one test and returns the connection
/// string of it. It gets `group_concat`, which the tests' SQL uses as
/// SQLite has it. A server that cannot be reached fails the test.
pub fn fresh_postgres_database(server: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!("crmctl_t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut admin = postgres::Client::connect(server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("CRMCTL_TEST_POSTGRES={server}: cannot connect: {e}"));
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let db = with_database(server, &name);
    let mut client = postgres::Client::connect(&db, postgres::NoTls).unwrap();
    client
        .batch_execute(
            "CREATE FUNCTION gc_step(acc text, v text, sep text) RETURNS text LANGUAGE sql IMMUTABLE AS
               $$ SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END $$;
             CREATE FUNCTION gc_step(acc text, v text) RETURNS text LANGUAGE sql IMMUTABLE AS
               $$ SELECT gc_step(acc, v, ',') $$;
             CREATE AGGREGATE group_concat(text) (SFUNC = gc_step, STYPE = text);
             CREATE AGGREGATE group_concat(text, text) (SFUNC = gc_step, STYPE = text);",
        )
        .unwrap();
    db
}

/// `server` with its database replaced by `name`.
pub fn with_database(server: &str, name: &str) -> String {
    for scheme in ["postgresql://", "postgres://"] {
        if let Some(rest) = server.strip_prefix(scheme) {
            let (main, query) = rest.split_once('?').map_or((rest, None), |(m, q)| (m, Some(q)));
            let authority = main.split('/').next().unwrap_or("");
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            return format!("{scheme}{authority}/{name}{query}");
        }
    }
    format!("{server} dbname={name}")
}

/// The user object of docs/reference.md, parsed strictly.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UserJson {
    pub id: i64,
    pub username: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub employee_id: Option<String>,
    pub department: Option<String>,
    pub title: Option<String>,
    pub manager: Option<String>,
    pub status: String,
    pub roles: Vec<RoleJson>,
    pub must_change_password: bool,
    pub mfa: bool,
    pub expires_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub last_login_at: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RoleJson {
    pub role: String,
    pub department: Option<String>,
    pub expires_at: Option<String>,
}

/// A user object with the generated password: the strict user shape plus `password`.
#[derive(Debug)]
pub struct UserWithPasswordJson {
    pub user: UserJson,
    pub password: String,
}

impl UserWithPasswordJson {
    pub fn parse(text: &str) -> Self {
        let mut v: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).unwrap();
        let password = v.remove("password").and_then(|p| p.as_str().map(str::to_string)).expect("a password field");
        let user = serde_json::from_value(serde_json::Value::Object(v)).unwrap();
        UserWithPasswordJson { user, password }
    }
}

/// Parses the output of `user add --invite --format json` strictly: the user
/// object of docs/reference.md plus an `invitation` object with a code.
pub fn without_invitation(json: String) -> UserJson {
    let mut v: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&json).unwrap();
    let invitation = v.remove("invitation").expect("an invitation");
    assert_eq!(invitation["code"].as_str().map(str::len), Some(64), "{invitation}");
    serde_json::from_value(serde_json::Value::Object(v)).unwrap()
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The TOTP code for a base32 secret at a unix time, computed with totp-rs
/// directly (RFC 6238: SHA-1, six digits, 30-second steps).
pub fn totp_code(secret_b32: &str, unix_time: u64) -> Result<String, String> {
    let bytes = totp_rs::Secret::Encoded(secret_b32.to_string()).to_bytes().map_err(|e| format!("{e:?}"))?;
    let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes, None, "test".to_string())
        .map_err(|e| e.to_string())?;
    Ok(totp.generate(unix_time))
}

/// The Python of a virtual environment with tests/python/requirements.txt
/// installed: independent implementations of the password hashes.
///
/// Made once, at `<target dir>/test-venv`, by `python3 -m venv` and `pip
/// install` (network to PyPI the first time), and reused while the
/// requirements it was made from (kept in a stamp file in it) are the ones in
/// the tree. A `flock` on `<target dir>/test-venv.lock` serialises test
/// threads and test processes. If it cannot be made the calling test panics:
/// a test that needs Python fails, it never skips.
pub fn python() -> PathBuf {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON.get_or_init(make_venv).clone()
}

fn make_venv() -> PathBuf {
    use nix::fcntl::{Flock, FlockArg};

    let fail = |what: String| -> ! {
        panic!(
            "cannot make the Python test environment: {what}\n\
             hint: these tests need Python 3 with venv and pip (Debian: apt-get install python3-venv) \
             and, the first time, network access to PyPI"
        )
    };
    let requirements_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/requirements.txt");
    let requirements = std::fs::read_to_string(&requirements_path)
        .unwrap_or_else(|e| fail(format!("{}: {e}", requirements_path.display())));
    // The binary is `<target dir>/debug/crmctl` (or under a target triple):
    // this finds CARGO_TARGET_DIR however it was given, else ./target.
    let bin = Path::new(env!("CARGO_BIN_EXE_crmctl"));
    let target =
        bin.parent().and_then(Path::parent).unwrap_or_else(|| fail(format!("no target dir above {}", bin.display())));
    let venv = target.join("test-venv");
    let python = venv.join("bin").join("python");
    let stamp = venv.join("crmctl-requirements.txt");

    let lock_path = target.join("test-venv.lock");
    let lock_file = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .unwrap_or_else(|e| fail(format!("{}: {e}", lock_path.display())));
    let _lock = Flock::lock(lock_file, FlockArg::LockExclusive)
        .unwrap_or_else(|(_, e)| fail(format!("flock {}: {e}", lock_path.display())));

    if python.exists() && std::fs::read_to_string(&stamp).is_ok_and(|made_from| made_from == requirements) {
        return python;
    }
    if venv.exists() {
        std::fs::remove_dir_all(&venv).unwrap_or_else(|e| fail(format!("removing the old {}: {e}", venv.display())));
    }
    let run = |cmd: &mut Command| {
        let out = cmd.output().unwrap_or_else(|e| fail(format!("{cmd:?}: {e}")));
        if !out.status.success() {
            fail(format!(
                "{cmd:?} exited {}\n--- stdout\n{}--- stderr\n{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    };
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    run(Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "-r"])
        .arg(&requirements_path));
    // Written last: an install that was cut short is made again next time.
    std::fs::write(&stamp, &requirements).unwrap_or_else(|e| fail(format!("{}: {e}", stamp.display())));
    python
}

/// An SMTP server on loopback that keeps what it receives.
#[derive(Clone, Default)]
struct Sink {
    messages: Arc<Mutex<Vec<Vec<u8>>>>,
    current: Vec<u8>,
}

impl mailin_embedded::Handler for Sink {
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }
    fn data_end(&mut self) -> mailin_embedded::Response {
        self.messages.lock().unwrap().push(std::mem::take(&mut self.current));
        mailin_embedded::response::OK
    }
}

/// Starts one on a free port: the port, and the messages received so far.
pub fn smtp_server() -> (u16, Arc<Mutex<Vec<Vec<u8>>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let sink = Sink::default();
    let messages = sink.messages.clone();
    let mut server = mailin_embedded::Server::new(sink);
    server.with_name("localhost").with_num_threads(1).with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, messages)
}

/// A `crmctl serve` child on a loopback port, over the test's database;
/// stopped (SIGTERM, then killed) when dropped.
pub struct Server {
    pub child: std::process::Child,
    pub log: PathBuf,
    client: Client,
}

/// Calls a server at `base` (`http://127.0.0.1:PORT`).
#[derive(Clone)]
pub struct Client {
    pub base: String,
}

impl std::ops::Deref for Server {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl TestEnv {
    /// Starts `crmctl serve --listen 127.0.0.1:0` with `extra` arguments and
    /// waits until it answers `/healthz`.
    pub fn serve_with(&self, extra: &[&str]) -> Server {
        let port_file = self.dir.path().join(format!("url-{}", rand_suffix()));
        let log = self.dir.path().join(format!("serve-{}.log", rand_suffix()));
        let mut args = vec!["serve", "--listen", "127.0.0.1:0", "--port-file", port_file.to_str().unwrap()];
        args.extend(extra);
        let mut cmd = self.command(&args);
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(std::fs::File::create(&log).unwrap());
        let mut child = cmd.spawn().unwrap();
        let started = std::time::Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&port_file)
                && text.ends_with('\n')
            {
                let base = text.trim().to_string();
                return Server { child, log, client: Client { base } };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("crmctl serve exited with {status}: {}", std::fs::read_to_string(&log).unwrap_or_default());
            }
            assert!(started.elapsed() < std::time::Duration::from_secs(20), "crmctl serve did not start");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Starts `crmctl serve` on a loopback port.
    pub fn serve(&self) -> Server {
        self.serve_with(&[])
    }

    /// A new API token of `user` (superuser-created).
    pub fn token(&self, user: &str) -> String {
        let created: serde_json::Value = self.json(&["token", "create", user]);
        created["token"].as_str().unwrap().to_string()
    }
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An HTTP answer: status, headers we look at, and the body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub retry_after: Option<String>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {self:?}"))
    }
}

impl Server {
    /// A client of the server at `base`, for another thread.
    pub fn client(base: &str) -> Client {
        Client { base: base.to_string() }
    }

    /// Sends SIGTERM and waits for the exit code.
    pub fn stop(mut self) -> i32 {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.child.id() as i32),
            nix::sys::signal::Signal::SIGTERM,
        );
        let status = self.child.wait().unwrap();
        status.code().unwrap_or(-1)
    }

    /// The log lines written so far.
    pub fn log_lines(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

impl Client {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(std::time::Duration::from_secs(60)))
            .build()
            .into()
    }

    /// Sends `method path` with an optional bearer token and JSON body.
    pub fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<&serde_json::Value>) -> Reply {
        let bytes = body.map(|b| serde_json::to_vec(b).unwrap());
        self.send(method, path, token, bytes.as_deref(), "application/json", &[])
    }

    /// Sends raw bytes with a content type and extra headers.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&[u8]>,
        content_type: &str,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut req = ureq::http::Request::builder().method(method).uri(self.url(path));
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        if body.is_some() {
            req = req.header("Content-Type", content_type);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req.body(body.map(<[u8]>::to_vec).unwrap_or_default()).unwrap();
        let mut res = Self::agent().run(req).unwrap();
        let header = |name: &str| res.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let content_type = header("content-type").unwrap_or_default();
        let retry_after = header("retry-after");
        let body = res.body_mut().read_to_string().unwrap_or_default();
        Reply { status: res.status().as_u16(), content_type, retry_after, body }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
