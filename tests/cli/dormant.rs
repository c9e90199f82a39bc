//! Dormant accounts (SPEC "Dormant accounts"): `user disable --inactive-days N`
//! disables every active user idle more than N days, in one transaction,
//! except the last active admin; `--dry-run` only lists them.

use crate::testenv::{TestEnv, UserJson, superuser_actor};

/// Makes `username` look idle: created `created` days ago, last login
/// `login` days ago (never, with `None`).
fn idle(env: &TestEnv, username: &str, created: u32, login: Option<u32>) {
    let ago = |days: u32| {
        let then = chrono::Utc::now() - chrono::Duration::days(i64::from(days));
        format!("'{}'", then.format("%Y-%m-%dT%H:%M:%SZ"))
    };
    let last_login = login.map_or_else(|| "NULL".to_string(), ago);
    let sql =
        format!("UPDATE users SET created_at = {}, last_login_at = {last_login} WHERE username = ?1", ago(created));
    assert_eq!(env.exec_with(&sql, &[&username]), 1, "{username}");
}

fn usernames(list: &[UserJson]) -> Vec<&str> {
    list.iter().map(|u| u.username.as_str()).collect()
}

fn statuses(env: &TestEnv) -> Vec<(String, String)> {
    let all: Vec<UserJson> = env.json(&["user", "list", "--status", "all"]);
    all.into_iter().map(|u| (u.username, u.status)).collect()
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: i64,
    at: String,
    actor: String,
    action: String,
    target: String,
    details: serde_json::Value,
    hash: String,
}

/// root and boss (both admins, both idle), three idle users of whom one is
/// invited and one disabled already, one who logged in lately, one new.
fn office() -> TestEnv {
    let env = TestEnv::with_admin();
    env.active("boss", "another horse battery", &["--role", "admin"]);
    for name in ["old-login", "never-in", "recent", "new"] {
        env.active(name, "correct horse battery", &["--department", "销售部"]);
    }
    env.invite("invited", &[]);
    env.active("gone", "correct horse battery", &[]);
    env.ok(&["user", "disable", "gone", "-q"]);
    idle(&env, "root", 400, Some(100));
    idle(&env, "boss", 400, None);
    idle(&env, "old-login", 400, Some(200));
    idle(&env, "never-in", 120, None);
    idle(&env, "recent", 400, Some(5));
    idle(&env, "invited", 400, None);
    idle(&env, "gone", 400, None);
    env
}

#[test]
fn dry_run_lists_the_idle_and_changes_nothing_then_the_run_disables_exactly_those() {
    let env = office();
    let before = statuses(&env);
    let entries_before: Vec<Entry> = env.json(&["audit", "list"]);

    let preview: Vec<UserJson> = env.json(&["user", "disable", "--inactive-days", "90", "--dry-run"]);
    assert_eq!(usernames(&preview), ["boss", "old-login", "never-in"], "root stays: the last active admin");
    assert!(preview.iter().all(|u| u.status == "active"), "{preview:?}");
    assert_eq!(statuses(&env), before, "a dry run changes nothing");
    let entries: Vec<Entry> = env.json(&["audit", "list"]);
    assert_eq!(entries.len(), entries_before.len(), "and writes no audit entry");

    // The same, as a table: the users and why root is kept.
    let run = env.run(&["user", "disable", "--inactive-days", "90", "--dry-run"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("USERNAME") && run.stdout.contains("never-in"), "{run:?}");
    assert!(!run.stdout.contains("recent") && !run.stdout.contains("root"), "{run:?}");
    assert!(run.stderr.contains("root is idle too, but stays active: the last active admin"), "{run:?}");
    assert!(run.stderr.contains("would be disabled; nothing changed"), "{run:?}");

    let done: Vec<UserJson> = env.json(&["user", "disable", "--inactive-days", "90"]);
    assert_eq!(usernames(&done), usernames(&preview), "the dry run said exactly what the run does");
    assert!(done.iter().all(|u| u.status == "disabled"), "{done:?}");
    let after: Vec<(String, String)> = statuses(&env);
    let expected: Vec<(String, String)> = before
        .iter()
        .map(|(name, status)| {
            let gone = ["boss", "old-login", "never-in"].contains(&name.as_str());
            (name.clone(), if gone { "disabled".to_string() } else { status.clone() })
        })
        .collect();
    assert_eq!(after, expected);
    let shown: UserJson = env.json(&["user", "show", "never-in"]);
    assert_eq!(shown.status, "disabled");
    assert!(env.ok(&["user", "show", "never-in"]).contains("no login for 90 days"), "the default reason");

    // One user.disable entry per user, written by the run.
    let entries: Vec<Entry> = env.json(&["audit", "list"]);
    let new: Vec<&Entry> = entries.iter().skip(entries_before.len()).collect();
    assert!(new.iter().all(|e| e.action == "user.disable"), "{new:?}");
    let mut targets: Vec<&str> = new.iter().map(|e| e.target.as_str()).collect();
    targets.sort_unstable();
    assert_eq!(targets, ["boss", "never-in", "old-login"]);
    assert!(new.iter().all(|e| e.details["reason"] == "no login for 90 days"), "{new:?}");
    assert!(new.iter().all(|e| e.actor == superuser_actor() && e.at.ends_with('Z') && e.hash.len() == 64));
    assert!(new.windows(2).all(|w| w[0].id + 1 == w[1].id), "one after another: {new:?}");
    assert!(env.ok(&["audit", "verify"]).contains("intact"));

    // Nothing is left to do; root still cannot be disabled by hand either.
    let again: Vec<UserJson> = env.json(&["user", "disable", "--inactive-days", "90"]);
    assert!(again.is_empty(), "{again:?}");
    env.fails(&["user", "disable", "root"], 6);
}

#[test]
fn reason_is_kept_and_a_lone_admin_is_never_disabled() {
    let env = TestEnv::with_admin();
    env.active("idle1", "correct horse battery", &[]);
    idle(&env, "root", 30, None);
    idle(&env, "idle1", 30, None);
    let done: Vec<UserJson> =
        env.json(&["user", "disable", "--inactive-days", "7", "--reason", "dormant account review"]);
    assert_eq!(usernames(&done), ["idle1"]);
    let root: UserJson = env.json(&["user", "show", "root"]);
    assert_eq!(root.status, "active");
    assert!(env.ok(&["user", "show", "idle1"]).contains("dormant account review"));
    // Idle for 30 days is not idle for 60.
    idle(&env, "root", 30, Some(1));
    env.ok(&["user", "enable", "idle1", "-q"]);
    let none: Vec<UserJson> = env.json(&["user", "disable", "--inactive-days", "60"]);
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn a_department_token_disables_only_the_users_it_manages() {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    env.active("east", "correct horse battery", &["--department", "销售部/华东区"]);
    env.active("fin", "correct horse battery", &["--department", "财务部"]);
    for name in ["east", "fin"] {
        idle(&env, name, 200, None);
    }
    let token: serde_json::Value = env.json(&["token", "create", "lisi"]);
    let token = token["token"].as_str().unwrap().to_string();
    let as_lisi = |args: &[&str]| {
        let mut cmd = env.command(args);
        cmd.env("CRMCTL_TOKEN", &token);
        env.run_with(cmd, None)
    };
    let run = as_lisi(&["user", "disable", "--inactive-days", "90", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let done: Vec<UserJson> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(usernames(&done), ["east"], "fin is outside the scope: left alone, not listed");
    assert!(!run.stderr.contains("fin"), "{run:?}");
    let fin: UserJson = env.json(&["user", "show", "fin"]);
    assert_eq!(fin.status, "active");

    // A token that cannot manage people at all is refused.
    env.active("viewer1", "viewer horse battery", &["--role", "viewer", "--department", "销售部"]);
    let viewer: serde_json::Value = env.json(&["token", "create", "viewer1"]);
    let mut cmd = env.command(&["user", "disable", "--inactive-days", "90", "--dry-run"]);
    cmd.env("CRMCTL_TOKEN", viewer["token"].as_str().unwrap());
    assert_eq!(env.run_with(cmd, None).code, 6);
}

#[test]
fn exit_codes() {
    let env = TestEnv::with_admin();
    // USER and --inactive-days: exactly one of them.
    env.fails(&["user", "disable"], 2);
    env.fails(&["user", "disable", "root", "--inactive-days", "90"], 2);
    env.fails(&["user", "disable", "root", "--dry-run"], 2);
    env.fails(&["user", "disable", "--inactive-days", "90", "--transfer-to", "root"], 2);
    env.fails(&["user", "disable", "--inactive-days", "-1"], 2);
    env.fails(&["user", "disable", "--inactive-days", "many"], 2);
    // Numbers the command cannot use are invalid data, never a crash.
    env.fails(&["user", "disable", "--inactive-days", "0"], 5);
    env.fails(&["user", "disable", "--inactive-days", "100000000"], 5);
    env.fails(&["user", "disable", "--inactive-days", "90", "--reason", &"x".repeat(501)], 5);
    // Nothing idle is success with an empty list.
    assert_eq!(env.ok(&["user", "disable", "--inactive-days", "90", "--format", "json"]).trim(), "[]");
    let missing = TestEnv::new();
    missing.fails(&["user", "disable", "--inactive-days", "90"], 3);
    assert!(!missing.db.exists(), "a missing database is not created");
}
