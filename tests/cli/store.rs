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

/// Tables in a PostgreSQL database (0: nothing was written there).
fn pg_tables(db: &str) -> i64 {
    let mut client = postgres::Client::connect(db, postgres::NoTls).unwrap();
    client.query_one("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", &[]).unwrap().get(0)
}

/// `crmctl store copy` through the binary: a SQLite database to a real
/// PostgreSQL server and back, with the refusals that write nothing.
#[test]
fn store_copy_moves_a_database_to_postgresql_and_back() {
    let Some(server) = crate::testenv::postgres_for("store::store_copy_moves_a_database_to_postgresql_and_back") else {
        return;
    };
    // The source is a SQLite file whichever backend the suite runs on.
    let mut env = TestEnv::new();
    let sqlite = env.path("crm.db");
    let sqlite_s = sqlite.to_str().unwrap().to_string();
    env.env("CRMCTL_DB", &sqlite_s);
    let init = env.run_stdin(
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
    assert_eq!(init.code, 0, "{init:?}");
    env.invite("zhangsan", &["--department", "销售部", "--role", "sales-rep"]);
    env.active("lisi", "another fine battery 2026", &["--title", "销售代表"]);
    env.invite("wangwu", &[]);
    env.ok(&["user", "purge", "wangwu", "--yes"]);
    env.ok(&["form", "add", "web", "--kind", "hmac-sha256", "--department", "销售部"]);
    let export = env.ok(&["user", "export", "--status", "all", "--include-hashes"]);

    // SQLite → PostgreSQL.
    let pg = crate::testenv::fresh_postgres_database(&server);
    let there: serde_json::Value =
        serde_json::from_str(&env.ok(&["store", "copy", "--from", &sqlite_s, "--to", &pg, "--format", "json"]))
            .unwrap();
    assert_eq!(there["from"], sqlite_s.as_str());
    assert_eq!(there["to"], pg.as_str());
    assert_eq!(there["users"], 3, "root, zhangsan and lisi (a purged user has no row): {there}");
    let head = format!("{}:{}", there["audit_head"]["id"], there["audit_head"]["hash"].as_str().unwrap());
    assert!(there["audit_entries"].as_u64().unwrap() >= 6, "{there}");
    let on_pg = |args: &[&str]| {
        let mut all = vec!["--db", pg.as_str()];
        all.extend(args);
        env.ok(&all)
    };
    on_pg(&["audit", "verify", "--expect", &head]);
    // (An export with hashes is audited: the head moves on.)
    assert_eq!(on_pg(&["user", "export", "--status", "all", "--include-hashes"]), export);
    assert!(on_pg(&["form", "list"]).contains("web"));
    let now: serde_json::Value = serde_json::from_str(&on_pg(&["audit", "head", "--format", "json"])).unwrap();
    let head = format!("{}:{}", now["id"], now["hash"].as_str().unwrap());

    // PostgreSQL → SQLite: a table line by default.
    let back = env.path("back.db");
    let back_s = back.to_str().unwrap();
    let line = env.ok(&["store", "copy", "--from", &pg, "--to", back_s]);
    assert!(line.contains("FROM") && line.contains(back_s) && line.contains(&head), "{line}");
    let on_back = |args: &[&str]| {
        let mut all = vec!["--db", back_s];
        all.extend(args);
        env.ok(&all)
    };
    on_back(&["audit", "verify", "--expect", &head]);
    assert_eq!(on_back(&["user", "export", "--status", "all", "--include-hashes"]), export);
    assert_eq!(mode(&back), 0o600);

    // A destination that holds an organisation: exit 4, nothing written.
    let before = on_pg(&["audit", "head"]);
    let err = env.fails(&["store", "copy", "--from", back_s, "--to", &pg], 4);
    assert!(err.contains("already holds an organisation"), "{err}");
    assert_eq!(on_pg(&["audit", "head"]), before);

    // A password in the string: exit 2, before anything is opened.
    let with_password = "postgres://crmctl:secret@db.example.com/crm";
    let err = env.fails(&["store", "copy", "--from", &sqlite_s, "--to", with_password], 2);
    assert!(err.contains("password"), "{err}");
    assert!(!err.contains("secret"), "{err}");
    env.fails(&["store", "copy", "--from", with_password, "--to", env.path("x.db").to_str().unwrap()], 2);
    assert!(!env.path("x.db").exists());

    // A broken source chain: exit 1 naming the entry; nothing written, no file made.
    let conn = rusqlite::Connection::open(&sqlite).unwrap();
    conn.execute("UPDATE audit SET details = '{\"forged\":true}' WHERE id = 3", []).unwrap();
    drop(conn);
    let empty = crate::testenv::fresh_postgres_database(&server);
    let err = env.fails(&["store", "copy", "--from", &sqlite_s, "--to", &empty], 1);
    assert!(err.contains("#3"), "{err}");
    assert_eq!(pg_tables(&empty), 0, "nothing was written to {empty}");
    let fresh = env.path("fresh.db");
    env.fails(&["store", "copy", "--from", &sqlite_s, "--to", fresh.to_str().unwrap()], 1);
    assert!(!fresh.exists(), "a broken source makes no file");
}
