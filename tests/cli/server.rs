//! `crmctl serve` through a real socket: the JSON API's answers against the
//! CLI's documents, tokens as the boundary, limits, faults and load.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::testenv::{Server, TestEnv};

const PW: &str = "correct horse battery staple";

/// root (admin, token), lisi (dept-admin of 销售部, token) and wang in 财务部.
fn org() -> (TestEnv, String, String) {
    let env = TestEnv::with_admin();
    env.active("lisi", PW, &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    env.active("wang", PW, &["--department", "财务部"]);
    let root = env.token("root");
    let lisi = env.token("lisi");
    (env, root, lisi)
}

fn cli_json(env: &TestEnv, args: &[&str]) -> Value {
    env.json(args)
}

#[test]
fn answers_are_the_cli_documents() {
    let (env, root, _) = org();
    let server = env.serve();
    let body = json!({"username": "zhangsan", "name": "张三", "email": "zs@example.com", "department": "销售部",
                      "roles": ["sales-rep"], "password": PW});
    let added = server.call("POST", "/api/v1/users", Some(&root), Some(&body));
    assert_eq!(added.status, 201, "{added:?}");
    assert_eq!(added.content_type, "application/json");

    let cli = cli_json(&env, &["user", "show", "zhangsan"]);
    let api = server.call("GET", "/api/v1/users/zhangsan", Some(&root), None);
    assert_eq!(api.status, 200);
    assert_eq!(api.json(), cli, "GET /users/USER is `user show --format json`");
    assert_eq!(added.json(), cli, "POST /users answers the user");

    let cli = cli_json(&env, &["user", "list", "--department", "销售部"]);
    let api = server.call("GET", "/api/v1/users?department=%E9%94%80%E5%94%AE%E9%83%A8", Some(&root), None);
    assert_eq!(api.json(), cli, "GET /users is `user list --format json`");

    let cli = cli_json(&env, &["user", "can", "zhangsan", "customers.read"]);
    let api = server.call("GET", "/api/v1/users/zhangsan/can/customers.read", Some(&root), None).json();
    for (key, value) in cli.as_object().unwrap() {
        assert_eq!(&api[key], value, "`user can` key {key}");
    }
    assert_eq!(api["allowed"], true);
    assert_eq!(api["role"], "sales-rep");
    let denied = server.call("GET", "/api/v1/users/zhangsan/can/settings.manage", Some(&root), None);
    assert_eq!((denied.status, denied.json()["allowed"].clone()), (200, json!(false)));

    let cli = cli_json(&env, &["audit", "list", "--user", "zhangsan"]);
    let api = server.call("GET", "/api/v1/audit?user=zhangsan", Some(&root), None);
    assert_eq!(api.json(), cli, "GET /audit is `audit list --format json`");
    let entries = api.json();
    let add = entries.as_array().unwrap().iter().find(|e| e["action"] == "user.add").unwrap();
    assert_eq!(add["actor"], "user:root");
    assert_eq!(add["details"]["via"], "api", "{add}");
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn lifecycle_roles_and_invitations() {
    let (env, root, _) = org();
    let server = env.serve();
    let invited = server.call(
        "POST",
        "/api/v1/users",
        Some(&root),
        Some(&json!({"username": "li", "name": "Li", "email": "li@example.com"})),
    );
    assert_eq!(invited.status, 201, "{invited:?}");
    let invited = invited.json();
    assert_eq!(invited["status"], "invited", "no password: an invitation");
    assert!(invited["invitation"]["code"].as_str().is_some_and(|c| c.len() > 20));

    let patched = server.call("PATCH", "/api/v1/users/li", Some(&root), Some(&json!({"title": "Engineer"})));
    assert_eq!(patched.json()["title"], "Engineer");
    assert_eq!(patched.json(), cli_json(&env, &["user", "show", "li"]));

    for (verb, status) in
        [("disable", "disabled"), ("enable", "invited"), ("delete", "deleted"), ("restore", "invited")]
    {
        let reply = server.call("POST", &format!("/api/v1/users/li/{verb}"), Some(&root), None);
        assert_eq!((reply.status, reply.json()["status"].clone()), (200, json!(status)), "{verb}: {reply:?}");
    }
    let reply = server.call(
        "POST",
        "/api/v1/users/li/disable",
        Some(&root),
        Some(&json!({"reason": "left", "transfer_to": "root"})),
    );
    assert_eq!(reply.json()["status"], "disabled", "{reply:?}");
    assert_eq!(reply.json(), cli_json(&env, &["user", "show", "li"]));
    server.call("POST", "/api/v1/users/li/enable", Some(&root), None);

    let assigned = server.call(
        "POST",
        "/api/v1/users/li/roles",
        Some(&root),
        Some(&json!({"role": "sales-rep", "department": "销售部"})),
    );
    assert_eq!(assigned.status, 200, "{assigned:?}");
    assert_eq!(assigned.json()["roles"][0]["role"], "sales-rep");
    let removed = server.call(
        "DELETE",
        "/api/v1/users/li/roles/sales-rep?department=%E9%94%80%E5%94%AE%E9%83%A8",
        Some(&root),
        None,
    );
    assert_eq!((removed.status, removed.json()["roles"].clone()), (200, json!([])), "{removed:?}");

    let invite =
        server.call("POST", "/api/v1/invites", Some(&root), Some(&json!({"email": "new@example.com", "name": "New"})));
    assert_eq!(invite.status, 201, "{invite:?}");
    let id = invite.json()["id"].as_i64().unwrap();
    let resent = server.call("POST", &format!("/api/v1/invites/{id}/resend"), Some(&root), None);
    assert_eq!(resent.status, 200, "{resent:?}");
    assert_ne!(resent.json()["code"], invite.json()["code"]);
    let revoked = server.call("POST", &format!("/api/v1/invites/{id}/revoke"), Some(&root), None);
    assert_eq!((revoked.status, revoked.json()["status"].clone()), (200, json!("revoked")), "{revoked:?}");
    let bad = server.call("POST", "/api/v1/invites/abc/revoke", Some(&root), None);
    assert_eq!(bad.status, 400, "{bad:?}");
}

#[test]
fn errors_map_from_the_exit_codes() {
    let (env, root, _) = org();
    let server = env.serve();
    let body = json!({"username": "root", "name": "Again", "email": "again@example.com", "password": PW});
    let dup = server.call("POST", "/api/v1/users", Some(&root), Some(&body));
    assert_eq!((dup.status, dup.json()["exit_code"].clone()), (409, json!(4)), "{dup:?}");
    let bad = json!({"username": "x1", "name": "X", "email": "not-an-email", "password": PW});
    let invalid = server.call("POST", "/api/v1/users", Some(&root), Some(&bad));
    assert_eq!((invalid.status, invalid.json()["exit_code"].clone()), (400, json!(5)), "{invalid:?}");
    assert!(invalid.json()["error"].as_str().unwrap().contains("email"));
    let missing = server.call("GET", "/api/v1/users/nobody", Some(&root), None);
    assert_eq!((missing.status, missing.json()["exit_code"].clone()), (404, json!(3)));
    let weak = json!({"username": "x2", "name": "X", "email": "x2@example.com", "password": "short"});
    assert_eq!(server.call("POST", "/api/v1/users", Some(&root), Some(&weak)).status, 400);
    let last_admin = server.call("POST", "/api/v1/users/root/disable", Some(&root), None);
    assert_eq!(last_admin.status, 403, "the last admin: {last_admin:?}");
    let nowhere = server.call("GET", "/api/v1/nothing", Some(&root), None);
    assert_eq!(nowhere.status, 404);
    let wrong_method = server.call("PUT", "/api/v1/users", Some(&root), None);
    assert_eq!(wrong_method.status, 405);
}

#[test]
fn tokens_are_the_boundary() {
    let (env, root, lisi) = org();
    let server = env.serve();
    assert_eq!(server.call("GET", "/api/v1/users", None, None).status, 401, "no token");
    let unknown = server.call("GET", "/api/v1/users", Some("crmctl_not-a-token"), None);
    assert_eq!(unknown.status, 401);
    assert_eq!(server.call("GET", "/healthz", None, None).json(), json!({"ok": true, "schema": unknown_schema(&env)}));

    // A dept-admin of 销售部: 财务部 is invisible and out of reach.
    assert_eq!(server.call("GET", "/api/v1/users/wang", Some(&lisi), None).status, 404);
    let listed = server.call("GET", "/api/v1/users", Some(&lisi), None).json();
    assert!(listed.as_array().unwrap().iter().all(|u| u["username"] != "wang"), "{listed}");
    let outside =
        json!({"username": "cw", "name": "CW", "email": "cw@example.com", "department": "财务部", "password": PW});
    assert_eq!(server.call("POST", "/api/v1/users", Some(&lisi), Some(&outside)).status, 403);
    let inside = json!({"username": "xs", "name": "XS", "email": "xs@example.com", "department": "销售部/华东区", "password": PW});
    assert_eq!(server.call("POST", "/api/v1/users", Some(&lisi), Some(&inside)).status, 201);
    // Renaming itself into admin's reach, or granting admin: refused.
    let grant = server.call("POST", "/api/v1/users/xs/roles", Some(&lisi), Some(&json!({"role": "admin"})));
    assert_eq!(grant.status, 403, "{grant:?}");
    let move_out = server.call("PATCH", "/api/v1/users/xs", Some(&lisi), Some(&json!({"department": "财务部"})));
    assert_eq!(move_out.status, 403, "{move_out:?}");
    assert_eq!(server.call("GET", "/api/v1/audit", Some(&lisi), None).status, 403, "audit.read");

    // Revoked and disabled: 401 at once.
    let tokens = cli_json(&env, &["token", "list"]);
    let lisi_id = tokens.as_array().unwrap().iter().find(|t| t["user"] == "lisi").unwrap()["id"].as_i64().unwrap();
    env.ok(&["token", "revoke", &lisi_id.to_string()]);
    assert_eq!(server.call("GET", "/api/v1/users/lisi", Some(&lisi), None).status, 401, "revoked");
    assert_eq!(server.call("GET", "/api/v1/users/root", Some(&root), None).status, 200);
}

fn unknown_schema(env: &TestEnv) -> i64 {
    env.schema_version()
}

#[test]
fn auth_verify_and_lockout() {
    let (env, root, lisi) = org();
    env.ok(&["config", "set", "lockout.threshold", "3"]);
    let server = env.serve();
    let ok =
        server.call("POST", "/api/v1/auth/verify", Some(&root), Some(&json!({"username": "wang", "password": PW})));
    assert_eq!(ok.status, 200, "{ok:?}");
    let cli = env.run_stdin(&["auth", "verify", "wang", "--password-stdin", "--format", "json"], &format!("{PW}\n"));
    assert_eq!(ok.json(), serde_json::from_str::<Value>(&cli.stdout).unwrap());
    // lisi's token lacks users.read over 财务部.
    let scoped =
        server.call("POST", "/api/v1/auth/verify", Some(&lisi), Some(&json!({"username": "wang", "password": PW})));
    assert!(matches!(scoped.status, 403 | 404), "{scoped:?}");

    // 12 wrong guesses at once through the server: exactly 3 count, then the lock.
    let threads: Vec<_> = (0..12)
        .map(|i| {
            let (base, root) = (server.base.clone(), root.clone());
            std::thread::spawn(move || {
                let server = Server::client(&base);
                let body = json!({"username": "wang", "password": format!("wrong guess {i}")});
                server.call("POST", "/api/v1/auth/verify", Some(&root), Some(&body)).status
            })
        })
        .collect();
    let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert!(statuses.iter().all(|s| *s == 401 || *s == 403), "{statuses:?}");
    let failed: i64 = env.sql("SELECT failed_logins FROM users WHERE username = 'wang'");
    assert!(failed <= 3, "failed_logins {failed} past the threshold");
    let right =
        server.call("POST", "/api/v1/auth/verify", Some(&root), Some(&json!({"username": "wang", "password": PW})));
    assert_eq!(right.status, 403, "locked now, even with the right password: {right:?}");
    let wrong = server.call("POST", "/api/v1/auth/verify", Some(&root), Some(&json!({"password": PW})));
    assert_eq!(wrong.status, 400, "a missing field: {wrong:?}");
}

#[test]
fn import_through_the_api() {
    let (env, root, _) = org();
    let server = env.serve();
    let csv = "姓名,邮箱,部门\n赵六,zhaoliu@example.com,销售部\n坏行,not-an-email,销售部\n";
    let dry = server.send("POST", "/api/v1/import?dry_run=true", Some(&root), Some(csv.as_bytes()), "text/csv", &[]);
    assert_eq!(dry.status, 200, "{dry:?}");
    assert_eq!((dry.json()["dry_run"].clone(), dry.json()["created"].clone()), (json!(true), json!(1)));
    let real = server.send("POST", "/api/v1/import", Some(&root), Some(csv.as_bytes()), "text/csv", &[]);
    let result = real.json();
    assert_eq!((result["created"].clone(), result["rejected"].clone()), (json!(1), json!(1)), "{real:?}");
    assert_eq!(result["errors"][0]["field"], "email");

    // The same document as the CLI's, for the same file on a copy of the database before.
    let other = TestEnv::with_admin();
    std::fs::write(other.path("staff.csv"), csv).unwrap();
    let cli = other.run(&["user", "import", other.path("staff.csv").to_str().unwrap(), "--format", "json", "--yes"]);
    assert_eq!(cli.code, 5, "{cli:?}");
    assert_eq!(serde_json::from_str::<Value>(&cli.stdout).unwrap(), result);

    let junk = server.send("POST", "/api/v1/import", Some(&root), Some(b"\x89PNG\r\n\x1a\n\0\0"), "image/png", &[]);
    assert_eq!(junk.status, 400, "{junk:?}");
    let bad =
        server.send("POST", "/api/v1/import?on_conflict=merge", Some(&root), Some(csv.as_bytes()), "text/csv", &[]);
    assert_eq!(bad.status, 400);
}

#[test]
fn bad_requests_get_4xx_and_the_server_goes_on() {
    let (env, root, _) = org();
    let server = env.serve_with(&["--request-timeout", "2"]);
    let post = |body: &[u8], media: &str| server.send("POST", "/api/v1/users", Some(&root), Some(body), media, &[]);
    assert_eq!(post(b"{\"username\": ", "application/json").status, 400, "malformed JSON");
    assert_eq!(post(b"username=x", "application/x-www-form-urlencoded").status, 415, "wrong type");
    assert_eq!(
        post(
            b"{\"username\": \"a\", \"name\": \"A\", \"email\": \"a@example.com\", \"admin\": true}",
            "application/json"
        )
        .status,
        400,
        "unknown field"
    );
    // 2 MiB announced: refused from the headers, before any of it is read.
    let mut big = raw(&server);
    let head = format!(
        "POST /api/v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {root}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        2 << 20
    );
    big.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = big.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("\"exit_code\":5"), "{answer}");
    assert_eq!(server.call("GET", "/api/v1/users?limit=abc", Some(&root), None).status, 400);

    // A slow body: the headers promise 100 bytes, 10 come, then nothing.
    let started = Instant::now();
    let mut slow = raw(&server);
    let head = format!(
        "POST /api/v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {root}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"username"
    );
    slow.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(10));

    // Headers that never end (slowloris): the connection is closed.
    let started = Instant::now();
    let mut slow = raw(&server);
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ").unwrap();
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    assert!(started.elapsed() < Duration::from_secs(10), "the connection was held open");

    // A client that goes away mid-body leaves nothing behind.
    let mut gone = raw(&server);
    let body = json!({"username": "half", "name": "Half", "email": "half@example.com", "password": PW}).to_string();
    let head = format!(
        "POST /api/v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {root}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
        body.len(),
        &body[..body.len() / 2]
    );
    gone.write_all(head.as_bytes()).unwrap();
    drop(gone);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'half'"), 0);

    assert_eq!(server.call("GET", "/healthz", None, None).status, 200, "still serving");
    assert_eq!(server.call("GET", "/api/v1/users/root", Some(&root), None).status, 200);
}

fn raw(server: &crate::testenv::Client) -> TcpStream {
    let addr = server.base.trim_start_matches("http://");
    let stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    stream
}

#[test]
fn rate_limit_log_lines_and_sigterm() {
    let (env, root, _) = org();
    env.ok(&["config", "set", "server.rate_per_minute", "5"]);
    let server = env.serve();
    let statuses: Vec<_> = (0..6).map(|_| server.call("GET", "/api/v1/users/root", Some(&root), None)).collect();
    assert!(statuses[..5].iter().all(|r| r.status == 200), "{statuses:?}");
    let limited = &statuses[5];
    assert_eq!(limited.status, 429, "{limited:?}");
    let wait: u64 = limited.retry_after.as_deref().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "Retry-After {wait}");
    assert_eq!(server.call("GET", "/healthz", None, None).status, 200, "healthz has no token to limit");

    let log = std::fs::read_to_string(&server.log).unwrap();
    assert!(!log.contains(&root), "the token is never logged");
    let lines = server.log_lines();
    let request = lines.iter().find(|l| l["route"] == "/api/v1/users/{user}").unwrap();
    for key in ["time", "method", "route", "status", "duration_ms", "token_id"] {
        assert!(request.get(key).is_some(), "{key} in {request}");
    }
    assert!(request["token_id"].as_i64().is_some());
    assert!(!log.contains("/api/v1/users/root"), "the route pattern, not the path");
    assert_eq!(server.stop(), 0, "SIGTERM: exit 0");
}

#[test]
fn serve_refuses_a_missing_database_and_a_bad_certificate() {
    let env = TestEnv::new();
    let run = env.run(&["serve", "--listen", "127.0.0.1:0"]);
    assert_eq!(run.code, 3, "{run:?}");
    let env = TestEnv::with_admin();
    std::fs::write(env.path("cert.pem"), "not a certificate").unwrap();
    let cert = env.path("cert.pem");
    let run = env.run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        cert.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = env.run(&["serve", "--tls-cert", cert.to_str().unwrap()]);
    assert_eq!(run.code, 2, "--tls-cert needs --tls-key");
}

#[test]
fn https_with_a_certificate() {
    let env = TestEnv::with_admin();
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let (c, k) = (env.path("cert.pem"), env.path("key.pem"));
    let server = env.serve_with(&["--tls-cert", c.to_str().unwrap(), "--tls-key", k.to_str().unwrap()]);
    assert!(server.base.starts_with("https://127.0.0.1:"), "{}", server.base);
    // Python's ssl module, trusting only that certificate, checks the handshake and the name.
    let script = "import ssl, sys, urllib.request\nctx = ssl.create_default_context(cafile=sys.argv[1])\nprint(urllib.request.urlopen(sys.argv[2] + '/healthz', context=ctx).read().decode())";
    let out =
        std::process::Command::new("python3").args(["-c", script, c.to_str().unwrap(), &server.base]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["ok"], true);
}

/// 64 clients for a bounded time, mixing reads, writes and logins under a
/// seat limit: the audit chain verifies, the seats are exact, and every
/// write the server said it made is there.
#[test]
fn sixty_four_clients_under_load() {
    let (env, root, _) = org();
    env.ok(&["config", "set", "seat_limit", "40"]);
    env.ok(&["config", "set", "server.rate_per_minute", "100000"]);
    let used: i64 = env.sql("SELECT count(*) FROM users WHERE status IN ('active', 'invited')");
    let server = env.serve();
    let deadline = Instant::now() + Duration::from_secs(4);
    let threads: Vec<_> = (0..64)
        .map(|t| {
            let (base, root) = (server.base.clone(), root.clone());
            std::thread::spawn(move || {
                let server = Server::client(&base);
                let mut created = Vec::new();
                // Each client's first request is a write: 64 of them reach the
                // seat limit however slowly a loaded machine (two cores, a
                // PostgreSQL server, argon2 checks) gets through the rest.
                let mut n = 0;
                while Instant::now() < deadline {
                    let reply = match n % 4 {
                        0 => {
                            let name = format!("u{t}x{n}");
                            let body = json!({"username": name, "name": name, "email": format!("{name}@example.com")});
                            let reply = server.call("POST", "/api/v1/users", Some(&root), Some(&body));
                            if reply.status == 201 {
                                created.push(name);
                            }
                            reply
                        }
                        1 => server.call("GET", "/api/v1/users?limit=20", Some(&root), None),
                        2 => server.call(
                            "POST",
                            "/api/v1/auth/verify",
                            Some(&root),
                            Some(&json!({"username": "lisi", "password": PW})),
                        ),
                        _ => server.call("GET", "/api/v1/users/root", Some(&root), None),
                    };
                    assert!(matches!(reply.status, 200 | 201 | 403 | 503), "{reply:?}");
                    n += 1;
                }
                created
            })
        })
        .collect();
    let created: Vec<String> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    let seats: i64 = env.sql("SELECT count(*) FROM users WHERE status IN ('active', 'invited')");
    assert_eq!(seats, used + created.len() as i64, "every 201 landed, nothing else");
    assert!(seats <= 40, "seat limit exceeded: {seats}");
    assert_eq!(seats, 40, "the limit was reached under load, exactly");
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert_eq!(server.call("GET", "/healthz", None, None).status, 200);
}

/// From the attacker review: a token that may invite nobody learns nothing
/// about an email; an invitation of a user the token cannot see is the same
/// "no invitation" as one never issued.
#[test]
fn invitations_reveal_nothing_outside_the_tokens_reach() {
    let (env, root, lisi) = org();
    env.active("alice", PW, &[]);
    let alice = env.token("alice");
    let server = env.serve();
    for email in ["wang@example.com", "nobody@example.com"] {
        let reply = server.call("POST", "/api/v1/invites", Some(&alice), Some(&json!({"email": email})));
        assert_eq!(reply.status, 403, "{email}: {reply:?}");
    }
    let hidden = server.call(
        "POST",
        "/api/v1/invites",
        Some(&root),
        Some(&json!({"email": "cw@example.com", "name": "CW", "department": "财务部"})),
    );
    let id = hidden.json()["id"].as_i64().unwrap();
    for verb in ["resend", "revoke"] {
        let seen = server.call("POST", &format!("/api/v1/invites/{id}/{verb}"), Some(&lisi), None);
        let never = server.call("POST", &format!("/api/v1/invites/{}/{verb}", id + 100), Some(&lisi), None);
        assert_eq!(seen.status, 404, "{seen:?}");
        assert_eq!(
            seen.json()["error"].as_str().unwrap().replace(&id.to_string(), "N"),
            never.json()["error"].as_str().unwrap().replace(&(id + 100).to_string(), "N"),
        );
    }
}

/// Two `crmctl serve` on one PostgreSQL database, driven at once (the
/// Keycloak shape): every write lands once, the seat limit is exact, the
/// audit chain verifies, and wrong passwords through both servers never get
/// more checks than the lockout threshold.
#[test]
fn two_servers_on_one_postgresql_database() {
    if crate::testenv::postgres_for("server::two_servers_on_one_postgresql_database").is_none() {
        return;
    }
    let (env, root, _) = org();
    assert!(env.on_postgres(), "the PostgreSQL pass gives every test a PostgreSQL database");
    env.active("target", PW, &[]);
    env.ok(&["config", "set", "seat_limit", "30"]);
    env.ok(&["config", "set", "lockout.threshold", "3"]);
    env.ok(&["config", "set", "server.rate_per_minute", "100000"]);
    let used: i64 = env.sql("SELECT count(*) FROM users WHERE status IN ('active', 'invited', 'locked')");
    let (a, b) = (env.serve(), env.serve());
    let bases = [a.base.clone(), b.base.clone()];
    let threads: Vec<_> = (0..24)
        .map(|t| {
            let (base, root) = (bases[t % 2].clone(), root.clone());
            std::thread::spawn(move || {
                let server = Server::client(&base);
                let mut created = Vec::new();
                for n in 0..4 {
                    let name = format!("p{t}x{n}");
                    let body = json!({"username": name, "name": name, "email": format!("{name}@example.com")});
                    let reply = server.call("POST", "/api/v1/users", Some(&root), Some(&body));
                    assert!(matches!(reply.status, 201 | 403), "{reply:?}");
                    if reply.status == 201 {
                        created.push(name);
                    }
                    let guess = json!({"username": "target", "password": format!("wrong guess {t} {n}")});
                    let login = server.call("POST", "/api/v1/auth/verify", Some(&root), Some(&guess));
                    assert!(matches!(login.status, 401 | 403), "{login:?}");
                }
                created
            })
        })
        .collect();
    let created: Vec<String> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    let seats: i64 = env.sql("SELECT count(*) FROM users WHERE status IN ('active', 'invited', 'locked')");
    assert_eq!(seats, 30, "the seat limit, reached exactly through two servers");
    assert_eq!(seats - used, created.len() as i64, "every 201 landed once, nothing else");
    for name in &created {
        let n: i64 = env.sql_with("SELECT count(*) FROM users WHERE username = ?1", &[name]);
        assert_eq!(n, 1, "{name}");
    }
    let checked: i64 = env.sql(
        "SELECT count(*) FROM audit WHERE action = 'auth.failure' AND target = 'target' AND details LIKE '%wrong password%'",
    );
    assert_eq!(checked, 3, "passwords checked: exactly the lockout threshold, across both servers");
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert_eq!((a.stop(), b.stop()), (0, 0));
}

/// The password choices of `POST /users`, `if_not_exists`, and the import's
/// `on_conflict` through the API, as `user add` and `user import` take them.
#[test]
fn password_choices_if_not_exists_and_on_conflict_through_the_api() {
    let (env, root, _) = org();
    let server = env.serve();
    let body = json!({"username": "rnd", "name": "Rnd", "email": "rnd@example.com", "random_password": true});
    let made = server.call("POST", "/api/v1/users", Some(&root), Some(&body));
    assert_eq!(made.status, 201, "{made:?}");
    let password = made.json()["password"].as_str().unwrap().to_string();
    assert_eq!(made.json()["must_change_password"], true);
    let login = server.call(
        "POST",
        "/api/v1/auth/verify",
        Some(&root),
        Some(&json!({"username": "rnd", "password": password})),
    );
    assert_eq!(login.status, 200, "the generated password logs in: {login:?}");

    let again = json!({"username": "rnd", "name": "Rnd", "email": "rnd@example.com", "if_not_exists": true});
    let found = server.call("POST", "/api/v1/users", Some(&root), Some(&again));
    assert_eq!(found.status, 200, "{found:?}");
    assert!(found.json().get("password").is_none() && found.json().get("invitation").is_none(), "{found:?}");
    let both = json!({"username": "x3", "name": "X", "email": "x3@example.com", "password": PW, "invite": true});
    assert_eq!(server.call("POST", "/api/v1/users", Some(&root), Some(&both)).status, 400);
    let bad =
        server.send("POST", "/api/v1/users/rnd/disable", Some(&root), Some(b"{\"reason\": "), "application/json", &[]);
    assert_eq!(bad.status, 400, "{bad:?}");
    assert_eq!(server.call("POST", "/api/v1/users/rnd/archive", Some(&root), None).status, 404);

    let csv = "username,name,email,title\nrnd,Rnd,rnd@example.com,Engineer\n";
    let skipped =
        server.send("POST", "/api/v1/import?on_conflict=skip", Some(&root), Some(csv.as_bytes()), "text/csv", &[]);
    assert_eq!(skipped.json()["skipped"], 1, "{skipped:?}");
    let updated =
        server.send("POST", "/api/v1/import?on_conflict=update", Some(&root), Some(csv.as_bytes()), "text/csv", &[]);
    assert_eq!(updated.json()["updated"], 1, "{updated:?}");
    assert_eq!(env.json::<Value>(&["user", "show", "rnd"])["title"], "Engineer");
}
