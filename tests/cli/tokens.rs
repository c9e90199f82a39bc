//! API tokens and delegated administration: every command checks the token
//! user's permissions and department scope.

use crate::testenv::{TestEnv, UserJson};

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NewToken {
    id: i64,
    user: String,
    token: String,
    expires_at: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Token {
    id: i64,
    user: String,
    description: Option<String>,
    created_at: String,
    expires_at: Option<String>,
    last_used_at: Option<String>,
    revoked: bool,
}

/// root (admin), lisi (dept-admin of 销售部, in 销售部), boss (admin, in 销售部),
/// and a token for lisi in `lisi.token`.
fn delegated() -> (TestEnv, String) {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    env.active("boss", "another horse battery", &["--department", "销售部", "--role", "admin"]);
    env.invite("east", &["--department", "销售部/华东区"]);
    env.invite("fin", &["--department", "财务部"]);
    let t: NewToken = env.json(&["token", "create", "lisi", "--description", "lisi's shell"]);
    (env, t.token)
}

fn as_token(env: &TestEnv, token: &str, args: &[&str]) -> crate::testenv::Run {
    let mut cmd = env.command(args);
    cmd.env("CRMCTL_TOKEN", token);
    env.run_with(cmd, None)
}

#[test]
fn create_shows_the_token_once_and_stores_only_its_digest() {
    let env = TestEnv::with_admin();
    let run = env.run(&["token", "create", "root", "--expires-in", "90d", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let t: NewToken = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!((t.id, t.user.as_str()), (1, "root"));
    assert!(t.token.starts_with("crmctl_") && t.token.len() == "crmctl_".len() + 64, "{}", t.token);
    assert!(t.expires_at.is_some());
    let stored: String = env.sql("SELECT digest FROM tokens");
    assert_eq!(stored.len(), 64);
    let dump: String = env.sql("SELECT group_concat(digest || coalesce(description, '')) FROM tokens");
    assert!(!dump.contains(&t.token[7..]));
    let audit = env.ok(&["audit", "list", "--format", "json"]);
    assert!(!audit.contains(&t.token[7..]), "no token in the audit log");
    let list: Vec<Token> = env.json(&["token", "list"]);
    assert_eq!(list.len(), 1);
    assert!(list[0].last_used_at.is_none() && !list[0].revoked && list[0].description.is_none());
    assert_eq!((list[0].id, list[0].user.as_str(), list[0].expires_at.clone()), (1, "root", t.expires_at.clone()));
    assert!(list[0].created_at.ends_with('Z'));
    assert!(!env.ok(&["token", "list"]).contains(&t.token));
    env.fails(&["token", "create", "ghost"], 3);
    env.fails(&["token", "create", "root", "--expires-in", "forever"], 5);
}

#[test]
fn a_token_acts_as_its_user_and_is_recorded_so() {
    let (env, token) = delegated();
    let run = as_token(
        &env,
        &token,
        &[
            "user",
            "add",
            "newhire",
            "--name",
            "新人",
            "--email",
            "nh@example.com",
            "--department",
            "销售部/华东区",
            "--invite",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--user", "newhire"]);
    assert_eq!(entries[0]["actor"], "user:lisi");
    let list: Vec<Token> = env.json(&["token", "list"]);
    assert!(list[0].last_used_at.is_some());
    // --token-file works the same.
    let file = env.path("lisi.token");
    std::fs::write(&file, format!("{token}\n")).unwrap();
    let run = env.run(&["user", "show", "east", "--token-file", file.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn the_department_scope_bounds_a_delegated_admin() {
    let (env, token) = delegated();
    let add = |dept: &str, name: &str| {
        let email = format!("{name}@example.com");
        as_token(
            &env,
            &token,
            &["user", "add", name, "--name", name, "--email", &email, "--department", dept, "--invite"],
        )
    };
    assert_eq!(add("销售部/华东区", "in1").code, 0);
    assert_eq!(add("销售部", "in2").code, 0);
    for (dept, name) in [("财务部", "out1"), ("销售部门", "out2")] {
        let run = add(dept, name);
        assert_eq!(run.code, 6, "{dept}: {run:?}");
    }
    let no_dept =
        as_token(&env, &token, &["user", "add", "out3", "--name", "x", "--email", "o3@example.com", "--invite"]);
    assert_eq!(no_dept.code, 6, "{no_dept:?}");
    // Outside the users.read scope is "no user" (SPEC "Who is acting": reading).
    assert_eq!(as_token(&env, &token, &["user", "disable", "fin"]).code, 3);
    assert_eq!(as_token(&env, &token, &["user", "update", "east", "--department", "财务部"]).code, 6);
    assert_eq!(as_token(&env, &token, &["user", "update", "east", "--title", "Rep"]).code, 0);
    assert_eq!(as_token(&env, &token, &["user", "show", "fin"]).code, 3);
    // Lists only show what is in scope.
    let run = as_token(&env, &token, &["user", "list", "--format", "json"]);
    let users: Vec<UserJson> = serde_json::from_str(&run.stdout).unwrap();
    let names: Vec<&str> = users.iter().map(|u| u.username.as_str()).collect();
    assert_eq!(names, ["lisi", "boss", "east", "in1", "in2"]);
    let run = as_token(&env, &token, &["department", "list", "--format", "json"]);
    assert!(!run.stdout.contains("财务部"), "{run:?}");
}

#[test]
fn a_delegated_admin_cannot_touch_a_wider_admin_or_grant_what_it_lacks() {
    let (env, token) = delegated();
    for args in [
        &["user", "disable", "boss"][..],
        &["user", "update", "boss", "--title", "x"],
        &["role", "unassign", "boss", "admin"],
        &["token", "create", "boss"],
    ] {
        let run = as_token(&env, &token, args);
        assert_eq!(run.code, 6, "{args:?}: {run:?}");
        assert!(run.stderr.contains("boss"), "{run:?}");
    }
    let run = as_token(&env, &token, &["role", "assign", "east", "sales-rep"]);
    assert_eq!(run.code, 6, "lisi lacks customers.*: {run:?}");
    let run = as_token(&env, &token, &["role", "assign", "east", "dept-admin"]);
    assert_eq!(run.code, 6, "only in scope, not organisation-wide: {run:?}");
    let run = as_token(&env, &token, &["role", "assign", "east", "dept-admin", "--department", "销售部/华东区"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = as_token(
        &env,
        &token,
        &[
            "user",
            "add",
            "x9",
            "--name",
            "x",
            "--email",
            "x9@example.com",
            "--department",
            "销售部",
            "--role",
            "viewer",
            "--invite",
        ],
    );
    assert_eq!(run.code, 6, "{run:?}");
}

#[test]
fn commands_need_their_permission() {
    let (env, token) = delegated();
    for args in [
        &["audit", "list"][..],
        &["audit", "verify"],
        &["config", "show"],
        &["config", "get", "seat_limit"],
        &["config", "set", "seat_limit", "5"],
        &["role", "create", "r2", "--permission", "reports.view"],
        &["role", "update", "viewer", "--requires-approval", "true"],
        &["init", "--org", "Hijack"],
    ] {
        let run = as_token(&env, &token, args);
        assert_eq!(run.code, 6, "{args:?}: {run:?}");
    }
    // Reading the role catalogue needs nothing special.
    assert_eq!(as_token(&env, &token, &["role", "list"]).code, 0);
    assert_eq!(as_token(&env, &token, &["permission", "list"]).code, 0);
    // A viewer cannot manage people at all.
    env.active("viewer1", "viewer horse battery", &["--role", "viewer", "--department", "销售部"]);
    let t: NewToken = env.json(&["token", "create", "viewer1"]);
    let run = as_token(&env, &t.token, &["user", "list"]);
    assert_eq!(run.code, 6, "{run:?}");
}

#[test]
fn revoked_expired_unknown_and_disabled_tokens_are_refused() {
    let (env, token) = delegated();
    assert_eq!(as_token(&env, "crmctl_0000", &["user", "list"]).code, 6);
    let short: NewToken = env.json(&["token", "create", "lisi", "--expires-in", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let run = as_token(&env, &short.token, &["user", "list"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("expired"));
    env.ok(&["user", "disable", "lisi"]);
    assert_eq!(as_token(&env, &token, &["user", "list"]).code, 6);
    // Disabling revoked it; enabling does not bring it back.
    env.ok(&["user", "enable", "lisi"]);
    assert_eq!(as_token(&env, &token, &["user", "list"]).code, 6);
    let revoked: Token = env.json(&["token", "revoke", "1"]);
    assert!(revoked.revoked);
    let run = as_token(&env, &token, &["user", "list"]);
    assert_eq!(run.code, 6);
    assert!(run.stderr.contains("revoked"), "{run:?}");
    env.fails(&["token", "revoke", "99"], 3);
    let run = env.run(&["user", "list", "--token-file", "/nonexistent/token"]);
    assert_eq!(run.code, 2, "{run:?}");
}
