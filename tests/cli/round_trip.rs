//! `user export` then `user import` through the real binary: the same
//! people come back (CSV and JSON), hashes only for the superuser, and
//! `--sync-roles`.

use serde_json::Value;

use crate::testenv::{TestEnv, mode};

/// Everything an export → import keeps, per user (ids and times differ).
fn people(env: &TestEnv) -> Vec<Value> {
    let mut list: Vec<Value> = env.json(&["user", "list", "--status", "all"]);
    for user in &mut list {
        let obj = user.as_object_mut().unwrap();
        for key in ["id", "created_at", "updated_at", "last_login_at", "must_change_password"] {
            obj.remove(key);
        }
    }
    list
}

/// A database with a manager, a scoped and expiring role, a disabled
/// leaver, an invited and an active user.
fn source() -> TestEnv {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部", "--phone", "13812345678"]);
    env.invite("zs", &["--manager", "lisi", "--department", "销售部/华东区", "--employee-id", "E0007"]);
    env.ok(&["role", "assign", "zs", "sales-rep", "--department", "销售部/华东区", "--expires", "2027-03-31"]);
    env.ok(&["role", "assign", "zs", "viewer"]);
    env.active("leaver", "leaving horse battery", &["--title", "=cmd|' /C calc'!A0"]);
    env.ok(&["user", "disable", "leaver", "--reason", "left"]);
    env
}

fn empty() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["init", "--org", "Copy Ltd"]);
    env
}

#[test]
fn a_csv_export_imported_into_an_empty_database_gives_the_same_people() {
    let from = source();
    let file = from.path("users.csv");
    from.ok(&["user", "export", "--output", file.to_str().unwrap(), "--include-hashes"]);
    assert_eq!(mode(&file), 0o600);
    let to = empty();
    let run = to.run(&["user", "import", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(people(&to), people(&from));
    // The hash came along: the active user logs in with their password.
    assert_eq!(to.run_stdin(&["auth", "verify", "lisi", "--password-stdin"], "correct horse battery\n").code, 0);
    // Importing it again changes nothing.
    let again = to.run(&["user", "import", file.to_str().unwrap(), "--on-conflict", "update", "--format", "json"]);
    let summary: Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!((summary["updated"].as_u64(), summary["unchanged"].as_u64()), (Some(0), Some(4)), "{again:?}");
}

#[test]
fn a_json_export_imported_into_an_empty_database_gives_the_same_people() {
    let from = source();
    let file = from.path("users.json");
    from.ok(&["user", "export", "--format", "json", "--output", file.to_str().unwrap(), "--include-hashes"]);
    let to = empty();
    let run = to.run(&["user", "import", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(people(&to), people(&from));
    assert_eq!(to.run_stdin(&["auth", "verify", "lisi", "--password-stdin"], "correct horse battery\n").code, 0);
}

#[test]
fn without_hashes_active_users_come_back_invited() {
    let from = source();
    let text = from.ok(&["user", "export"]);
    assert!(!text.contains("password_hash") && !text.contains("$argon2"), "{text}");
    let file = from.path("plain.csv");
    std::fs::write(&file, text).unwrap();
    let to = empty();
    to.ok(&["user", "import", file.to_str().unwrap()]);
    let status = |env: &TestEnv, user: &str| -> String {
        let u: Value = env.json(&["user", "show", user]);
        u["status"].as_str().unwrap().to_string()
    };
    assert_eq!(status(&to, "lisi"), "invited");
    assert_eq!(status(&to, "leaver"), "disabled");
}

#[test]
fn only_the_superuser_exports_hashes_and_it_is_audited() {
    let env = source();
    env.ok(&["role", "assign", "lisi", "admin"]);
    let token: Value = env.json(&["token", "create", "lisi"]);
    let mut cmd = env.command(&["user", "export", "--include-hashes", "--output", "-"]);
    cmd.env("CRMCTL_TOKEN", token["token"].as_str().unwrap());
    let run = env.run_with(cmd, None);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(!run.stdout.contains("$argon2"));
    let json = env.ok(&["user", "export", "--format", "json", "--include-hashes"]);
    let list: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert!(list.iter().any(|u| u["password_hash"].as_str().is_some_and(|h| h.starts_with("$argon2id$"))));
    let entries: Vec<Value> = env.json(&["audit", "list", "--action", "user.export_hashes"]);
    assert_eq!(entries.len(), 1, "{entries:?}");
    // Without the flag there is no password_hash key at all.
    let plain: Vec<Value> = env.json(&["user", "export"]);
    assert!(plain.iter().all(|u| u.get("password_hash").is_none()));
}

#[test]
fn sync_roles_removes_the_roles_a_row_no_longer_lists() {
    let env = source();
    let file = env.path("roles.csv");
    std::fs::write(&file, "username,name,email,roles\nzs,zs,zs@example.com,viewer\n").unwrap();
    let roles = |env: &TestEnv| -> Vec<String> {
        let u: Value = env.json(&["user", "show", "zs"]);
        u["roles"].as_array().unwrap().iter().map(|r| r["role"].as_str().unwrap().to_string()).collect()
    };
    let run = env.run(&["user", "import", file.to_str().unwrap(), "--on-conflict", "update", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(roles(&env), ["sales-rep", "viewer"], "without --sync-roles a row only adds");
    let args =
        ["user", "import", file.to_str().unwrap(), "--on-conflict", "update", "--sync-roles", "--format", "json"];
    let run = env.run(&args);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(roles(&env), ["viewer"]);
    // The last admin keeps admin whatever the file says.
    std::fs::write(&file, "username,name,email,roles\nroot,Root,root@example.com,viewer\n").unwrap();
    let run = env.run(&args);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stdout.contains("last active admin"), "{run:?}");
    let root: Value = env.json(&["user", "show", "root"]);
    assert_eq!(root["roles"][0]["role"], "admin");
}

#[test]
fn scoped_roles_with_expiry_are_read_as_export_writes_them() {
    let env = TestEnv::with_admin();
    let file = env.path("scoped.csv");
    std::fs::write(
        &file,
        "name,email,roles\n王五,ww@example.com,sales-rep@销售部/华东区 until 2027-03-31;viewer\n\
         赵六,zl@example.com,viewer@nowhere until someday\n",
    )
    .unwrap();
    let run = env.run(&["user", "import", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 5, "{run:?}");
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!((summary["created"].as_u64(), summary["rejected"].as_u64()), (Some(1), Some(1)));
    let ww: Value = env.json(&["user", "show", "ww"]);
    assert_eq!(ww["roles"][0]["department"], "销售部/华东区");
    assert_eq!(ww["roles"][0]["expires_at"], "2027-03-31T23:59:59Z");
}

#[test]
fn export_status_picks_the_users() {
    let env = source();
    let disabled: Vec<Value> = env.json(&["user", "export", "--status", "disabled"]);
    let names: Vec<&str> = disabled.iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["leaver"]);
    let all: Vec<Value> = env.json(&["user", "export", "--status", "all"]);
    assert_eq!(all.len(), 4);
    assert_eq!(env.run(&["user", "export", "--status", "gone"]).code, 2, "a closed set of values");
}
