//! `backup`, `restore`, `check`.

use std::process::Stdio;

use crate::testenv::{TestEnv, mode};

#[test]
fn backup_is_consistent_while_others_write_and_never_overwrites() {
    let env = TestEnv::with_admin();
    for i in 0..20 {
        env.invite(&format!("u{i}"), &[]);
    }
    let writers: Vec<_> = (20..28)
        .map(|i| {
            let (user, email) = (format!("u{i}"), format!("u{i}@example.com"));
            env.command(&["user", "add", &user, "--name", &user, "--email", &email, "--invite", "-q"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let copy = env.path("copy.db");
    let out = env.ok(&["backup", copy.to_str().unwrap(), "--format", "json"]);
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["users"].as_i64().unwrap() >= 21);
    assert_eq!(mode(&copy), 0o600);
    // The copy is a database of its own whose audit chain verifies.
    let mut cmd = env.command(&["audit", "verify"]);
    cmd.env("CRMCTL_DB", &copy);
    let run = env.run_with(cmd, None);
    assert_eq!(run.code, 0, "{run:?}");
    let err = env.fails(&["backup", copy.to_str().unwrap()], 4);
    assert!(err.contains("exists"), "{err}");
    let mut cmd = env.command(&["backup", env.path("x.db").to_str().unwrap()]);
    cmd.env("CRMCTL_DB", env.path("missing.db"));
    assert_eq!(env.run_with(cmd, None).code, 3);
}

#[test]
fn restore_checks_the_file_asks_and_is_audited() {
    let env = TestEnv::with_admin();
    env.invite("before", &[]);
    let copy = env.path("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    env.invite("after", &[]);
    let err = env.fails(&["restore", copy.to_str().unwrap()], 2);
    assert!(err.contains("--yes"));
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'after'"),
        1,
        "nothing replaced without consent"
    );
    // Files that are not healthy crmctl databases are refused and nothing is replaced.
    let junk = env.path("junk.db");
    std::fs::write(&junk, "not a database at all, just some text that is long enough to look like a file").unwrap();
    env.fails(&["restore", junk.to_str().unwrap(), "--yes"], 8);
    let newer = env.path("newer.db");
    std::fs::copy(&copy, &newer).unwrap();
    rusqlite::Connection::open(&newer).unwrap().execute_batch("PRAGMA user_version = 99").unwrap();
    let err = env.fails(&["restore", newer.to_str().unwrap(), "--yes"], 8);
    assert!(err.contains("newer"), "{err}");
    env.fails(&["restore", env.path("missing.db").to_str().unwrap(), "--yes"], 3);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'after'"), 1);

    env.ok(&["restore", copy.to_str().unwrap(), "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'after'"), 0);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'before'"), 1);
    let last: Vec<serde_json::Value> = env.json(&["audit", "list", "--limit", "1"]);
    assert_eq!(last[0]["action"], "db.restore");
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn check_reports_health_and_problems() {
    if crate::testenv::sqlite_only("ops::check_reports_health_and_problems") {
        return;
    }
    let env = TestEnv::with_admin();
    let out = env.ok(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ok"], true);
    let names: Vec<&str> = v["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["integrity", "schema", "audit chain", "file permissions", "folder permissions", "wal"]);
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.run(&["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("readable by others"), "{run:?}");
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    env.exec("UPDATE audit SET actor = 'os:someone' WHERE id = 1");
    let run = env.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("audit chain") && run.stdout.contains("PROBLEM"), "{run:?}");
}

#[test]
fn operations_are_not_for_tokens() {
    let env = TestEnv::with_admin();
    let t: serde_json::Value = env.json(&["token", "create", "root"]);
    for args in [&["check"][..], &["backup", "/tmp/crmctl-token-backup-never.db"], &["restore", "/tmp/x.db", "--yes"]] {
        let mut cmd = env.command(args);
        cmd.env("CRMCTL_TOKEN", t["token"].as_str().unwrap());
        assert_eq!(env.run_with(cmd, None).code, 6, "{args:?}");
    }
}
