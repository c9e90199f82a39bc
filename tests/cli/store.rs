//! Global behaviour: database location and creation, modes, WAL, migrations,
//! refusal of foreign/corrupt/newer files, busy timeout, concurrency, usage errors.

use std::process::Stdio;

use crate::testenv::{TestEnv, mode};

#[test]
fn first_write_creates_database_and_folder_with_safe_modes_and_says_so_once() {
    let mut env = TestEnv::new();
    let db = env.path("new/sub/crm.db");
    env.env("CRMCTL_DB", db.to_str().unwrap());
    let run = env.run(&["user", "add", "zhangsan", "--name", "张三", "--email", "zs@example.com", "--invite"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr.matches("created database").count(), 1, "{run:?}");
    assert!(run.stderr.contains(db.to_str().unwrap()));
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&env.path("new/sub")), 0o700);
    assert_eq!(mode(&env.path("new")), 0o700);
    let again = env.run(&["user", "add", "lisi", "--name", "李四", "--email", "ls@example.com", "--invite"]);
    assert!(!again.stderr.contains("created database"), "{again:?}");
    let journal: String =
        rusqlite::Connection::open(&db).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
}

#[test]
fn read_only_command_on_missing_database_is_exit_3_naming_the_path() {
    let env = TestEnv::new();
    for args in
        [&["user", "list"][..], &["user", "show", "x"], &["config", "show"], &["audit", "verify"], &["audit", "list"]]
    {
        let err = env.fails(args, 3);
        assert!(err.contains(env.db.to_str().unwrap()), "{err}");
    }
    assert!(!env.db.exists(), "a read must not create the database");
}

#[test]
fn database_path_order_flag_env_config_xdg_home() {
    let env = TestEnv::new();
    let home = env.dir.path().to_str().unwrap().to_string();
    let path_of = |cmd: &mut std::process::Command| {
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    // --db wins over CRMCTL_DB.
    let mut cmd = env.command(&["config", "path", "--db", "/srv/flag.db"]);
    assert_eq!(path_of(&mut cmd), "/srv/flag.db");
    let mut cmd = env.command(&["config", "path"]);
    assert_eq!(path_of(&mut cmd), env.db.to_str().unwrap());
    // Then the config file named by CRMCTL_CONFIG.
    let cfg = env.path("config.toml");
    std::fs::write(&cfg, "db = \"/srv/from-config.db\"\n").unwrap();
    let mut cmd = env.command(&["config", "path"]);
    cmd.env_remove("CRMCTL_DB").env("CRMCTL_CONFIG", &cfg);
    assert_eq!(path_of(&mut cmd), "/srv/from-config.db");
    // A config file without `db`, then XDG_DATA_HOME, then HOME.
    std::fs::write(&cfg, "# nothing here\n").unwrap();
    let mut cmd = env.command(&["config", "path"]);
    cmd.env_remove("CRMCTL_DB").env("CRMCTL_CONFIG", &cfg).env("XDG_DATA_HOME", "/xdg");
    assert_eq!(path_of(&mut cmd), "/xdg/crmctl/crm.db");
    let mut cmd = env.command(&["config", "path"]);
    cmd.env_remove("CRMCTL_DB").env("CRMCTL_CONFIG", &cfg);
    assert_eq!(path_of(&mut cmd), format!("{home}/.local/share/crmctl/crm.db"));
    // A CRMCTL_CONFIG that cannot be read is an error, not silently skipped.
    let mut cmd = env.command(&["config", "path"]);
    cmd.env_remove("CRMCTL_DB").env("CRMCTL_CONFIG", env.path("missing.toml"));
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(8));
    // JSON names the source.
    let out = env.ok(&["config", "path", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["source"], "flag");
    assert_eq!(v["exists"], false);
}

#[test]
fn default_location_under_home_is_created_with_0700_folder() {
    let env = TestEnv::new();
    let mut cmd = env.command(&["user", "add", "a1", "--name", "A", "--email", "a1@example.com", "--invite"]);
    cmd.env_remove("CRMCTL_DB");
    let run = env.run_with(cmd, None);
    assert_eq!(run.code, 0, "{run:?}");
    let db = env.path(".local/share/crmctl/crm.db");
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&env.path(".local/share/crmctl")), 0o700);
}

#[test]
fn a_file_that_is_not_a_crmctl_database_is_exit_8_and_left_alone() {
    if crate::testenv::sqlite_only("store::a_file_that_is_not_a_crmctl_database_is_exit_8_and_left_alone") {
        return;
    }
    let env = TestEnv::new();
    let text = "just some text, not a database at all ".repeat(20);
    std::fs::write(&env.db, &text).unwrap();
    let err = env.fails(&["user", "list"], 8);
    assert!(err.contains("not a crmctl database"), "{err}");
    env.fails(&["user", "add", "x", "--name", "x", "--email", "x@example.com", "--invite"], 8);
    assert_eq!(std::fs::read_to_string(&env.db).unwrap(), text);
}

#[test]
fn a_database_of_another_application_is_refused() {
    let env = TestEnv::new();
    env.exec("CREATE TABLE invoices (id INTEGER)");
    let err = env.fails(&["user", "list"], 8);
    assert!(err.contains("not one of crmctl's"), "{err}");
    env.fails(&["user", "add", "x", "--name", "x", "--email", "x@example.com", "--invite"], 8);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM invoices"), 0, "left untouched");
}

#[test]
fn a_truncated_database_is_exit_8_not_a_panic() {
    if crate::testenv::sqlite_only("store::a_truncated_database_is_exit_8_not_a_panic") {
        return;
    }
    let env = TestEnv::with_admin();
    env.ok(&["user", "list"]);
    let bytes = std::fs::read(&env.db).unwrap();
    for f in [env.db.with_extension("db-wal"), env.db.with_extension("db-shm")] {
        let _ = std::fs::remove_file(f);
    }
    std::fs::write(&env.db, &bytes[..bytes.len().min(4096) / 2]).unwrap();
    let run = env.run(&["user", "list"]);
    assert!(run.code == 8 || run.code == 3, "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn newer_schema_is_refused_with_exit_8_and_not_touched() {
    let env = TestEnv::with_admin();
    env.set_schema_version(99);
    let before: i64 = env.sql("SELECT count(*) FROM audit");
    let err = env.fails(&["user", "add", "x", "--name", "x", "--email", "x@example.com", "--invite"], 8);
    assert!(err.contains("newer"), "{err}");
    env.fails(&["user", "list"], 8);
    assert_eq!(env.schema_version(), 99);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), before);
}

#[test]
fn migrations_set_the_schema_version() {
    let env = TestEnv::with_admin();
    // The number of entries in MIGRATIONS, not a number written here.
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/migrations.rs")).unwrap();
    let entries = source.matches("\n    r#\"").count() as i64;
    assert!(entries >= 8, "the migrations were counted: {entries}");
    assert_eq!(env.schema_version(), entries);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM roles WHERE builtin = 1"), 7, "six, and provisioner");
}

#[test]
fn a_locked_database_is_exit_7_after_the_busy_timeout() {
    let mut env = TestEnv::with_admin();
    let lock = env.hold_write_lock();
    env.env("CRMCTL_BUSY_TIMEOUT_MS", "200");
    let err = env.fails(&["user", "add", "x", "--name", "x", "--email", "x@example.com", "--invite"], 7);
    assert!(err.contains("hint:"), "{err}");
    drop(lock);
    env.ok(&["user", "add", "x", "--name", "x", "--email", "x@example.com", "--invite"]);
}

#[test]
fn writers_wait_for_each_other_sixteen_at_once() {
    let env = TestEnv::with_admin();
    let children: Vec<_> = (0..16)
        .map(|i| {
            let (user, email) = (format!("u{i}"), format!("u{i}@example.com"));
            env.command(&["user", "add", &user, "--name", &user, "--email", &email, "--invite", "-q"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 17);
    // init: config.set, user.add; each add: user.add, invite.create.
    assert!(env.ok(&["audit", "verify"]).contains("intact: 34 entries"));
}

#[test]
fn usage_errors_are_exit_2() {
    let env = TestEnv::new();
    assert_eq!(env.run(&["user", "frobnicate"]).code, 2);
    assert_eq!(env.run(&["user", "add", "x", "--bogus"]).code, 2);
    assert_eq!(env.run(&["user", "add", "x", "--name", "X"]).code, 2, "missing --email");
    assert_eq!(env.run(&["--format", "yaml", "user", "list"]).code, 2);
    assert_eq!(
        env.run(&["user", "add", "x", "--name", "X", "--email", "x@example.com", "--invite", "--random-password"]).code,
        2
    );
    assert_eq!(env.run(&["--help"]).code, 0);
    assert_eq!(env.run(&["--version"]).code, 0);
}

#[test]
fn help_has_a_summary_and_examples() {
    let env = TestEnv::new();
    for args in [
        &["--help"][..],
        &["user", "add", "--help"],
        &["user", "list", "--help"],
        &["config", "set", "--help"],
        &["audit", "verify", "--help"],
        &["auth", "verify", "--help"],
    ] {
        let out = env.ok(args);
        assert!(out.contains("Examples:"), "{args:?}\n{out}");
    }
}

#[test]
fn errors_are_one_line_plus_hints_and_no_colour_when_asked() {
    let env = TestEnv::with_admin();
    for args in [&["user", "show", "ghost", "--no-color"][..], &["user", "show", "ghost"]] {
        let run = env.run(args);
        assert_eq!(run.code, 3);
        assert!(run.stdout.is_empty());
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert!(lines[0].starts_with("error: "), "{run:?}");
        assert!(lines[1..].iter().all(|l| l.starts_with("hint: ")), "{run:?}");
        assert!(!run.stderr.contains('\x1b'));
    }
}

/// A PostgreSQL connection string chooses the PostgreSQL backend: a server
/// that cannot be reached is exit 8 with its reason and a hint, a password
/// in the string exit 2, and no file is named after the string.
#[test]
fn a_postgres_database_string_is_not_taken_for_a_file_name() {
    let env = TestEnv::new();
    for db in ["postgres://crm:secret@127.0.0.1:1/crm", "host=127.0.0.1 port=1 password=secret dbname=crm"] {
        let run = env.run(&["--db", db, "user", "list"]);
        assert_eq!(run.code, 2, "{db}: {run:?}");
        assert!(run.stderr.contains("PGPASSWORD") && !run.stderr.contains("secret"), "{run:?}");
    }
    for db in ["postgres://crm@127.0.0.1:1/crm", "postgresql://127.0.0.1:1/crm", "host=/nonexistent-crmctl dbname=crm"]
    {
        let run = env.run(&["--db", db, "user", "add", "x", "--name", "X", "--email", "x@example.com", "--invite"]);
        assert_eq!(run.code, 8, "{db}: {run:?}");
        assert!(run.stderr.contains("cannot connect to PostgreSQL") && run.stderr.contains("hint:"), "{run:?}");
        for dir in [env.dir.path().to_path_buf(), std::env::current_dir().unwrap_or_default()] {
            let made: Vec<_> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| ["postgres", "host="].iter().any(|p| e.file_name().to_string_lossy().starts_with(p)))
                .collect();
            assert!(made.is_empty(), "{db} became {made:?} in {}", dir.display());
        }
    }
}
