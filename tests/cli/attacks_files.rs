//! Attacks on the files crmctl writes and reads, and on its input bounds
//! (issue 11, "Least privilege that holds", items 5, 7 and 8), through the
//! real binary. Each row names the rule it pins and checks the exit code and
//! the state left behind.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use crate::testenv::{TestEnv, mode};

const PW: &str = "tulip orbit plum 42";

/// A CSV with one good row and one bad one (its password is not what is bad).
const ROWS: &str = "username,name,email,password\n\
                    good1,Good One,good1@example.com,\n\
                    bad1,Bad One,bad1@@example,Sekrit-in-the-report-9\n";

fn users(env: &TestEnv) -> i64 {
    env.sql("SELECT count(*) FROM users")
}

/// Files in `dir` left by an interrupted write (crmctl's temporary files).
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".crmctl-"))
        .collect()
}

/// A command that writes a file for the user at the path it is given.
struct Writer {
    what: &'static str,
    args: fn(&TestEnv, &str) -> Vec<String>,
}

fn writers() -> Vec<Writer> {
    vec![
        Writer {
            what: "import --report",
            args: |env, path| {
                let csv = env.path("rows.csv");
                std::fs::write(&csv, ROWS).unwrap();
                ["user", "import", csv.to_str().unwrap(), "--report", path].map(String::from).to_vec()
            },
        },
        Writer {
            what: "import --credentials-out",
            args: |env, path| {
                let csv = env.path("rows.csv");
                std::fs::write(&csv, "username,name,email\nnew1,New One,new1@example.com\n").unwrap();
                ["user", "import", csv.to_str().unwrap(), "--random-password", "--credentials-out", path]
                    .map(String::from)
                    .to_vec()
            },
        },
        Writer {
            what: "user export --output",
            args: |_, path| ["user", "export", "--output", path].map(String::from).to_vec(),
        },
        Writer { what: "backup", args: |_, path| ["backup", path].map(String::from).to_vec() },
    ]
}

fn run(env: &TestEnv, args: &[String]) -> crate::testenv::Run {
    env.run(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn a_symlink_or_an_existing_file_at_an_output_path_is_refused_and_left_alone() {
    let env = TestEnv::with_admin();
    let victim = env.path("victim.txt");
    for w in writers() {
        for attack in ["symlink to a victim", "dangling symlink", "existing file"] {
            std::fs::write(&victim, "precious").unwrap();
            let path = env.path(&format!("out-{}.csv", w.what.replace([' ', '-'], "")));
            let _ = std::fs::remove_file(&path);
            let missing = env.path("never-created.txt");
            match attack {
                "symlink to a victim" => symlink(&victim, &path).unwrap(),
                "dangling symlink" => symlink(&missing, &path).unwrap(),
                _ => std::fs::write(&path, "theirs").unwrap(),
            }
            let before = users(&env);
            let r = run(&env, &(w.args)(&env, path.to_str().unwrap()));
            assert_eq!(r.code, 4, "{} over a {attack}\n{r:?}", w.what);
            assert!(r.stderr.contains("error:") && r.stderr.contains("hint:"), "{r:?}");
            assert!(!r.stderr.contains("panicked"), "{r:?}");
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious", "{} {attack}", w.what);
            assert!(!missing.exists(), "{} created the target of a dangling link", w.what);
            let meta = std::fs::symlink_metadata(&path).unwrap();
            match attack {
                "existing file" => assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs"),
                _ => assert!(meta.file_type().is_symlink(), "{} replaced the link", w.what),
            }
            assert_eq!(users(&env), before, "{} {attack}: refused before anything was written", w.what);
            assert!(leftovers(env.dir.path()).is_empty(), "{:?}", leftovers(env.dir.path()));
        }
    }
}

#[test]
fn every_file_written_is_0600_whole_and_leaves_no_temporary_file() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    for w in writers() {
        let path = env.path(&format!("new-{}.out", w.what.replace([' ', '-'], "")));
        let r = run(&env, &(w.args)(&env, path.to_str().unwrap()));
        assert!(r.code == 0 || (r.code == 5 && w.what == "import --report"), "{}: {r:?}", w.what);
        assert_eq!(mode(&path), 0o600, "{}", w.what);
        assert!(std::fs::metadata(&path).unwrap().len() > 0, "{}", w.what);
    }
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    env.ok(&["invite", "create", "mail1@example.com", "--name", "Mail One", "--send"]);
    let mails: Vec<PathBuf> = std::fs::read_dir(&outbox).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].extension().is_some_and(|e| e == "eml"));
    assert_eq!(mode(&mails[0]), 0o600, "a mail holds a code");
    assert_eq!(mode(&outbox), 0o700);
    assert!(leftovers(env.dir.path()).is_empty() && leftovers(&outbox).is_empty());
}

#[test]
fn a_symlinked_outbox_is_refused_and_the_invitation_stays_valid() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    for target in ["victim-file", "victim-dir"] {
        let victim = env.path(target);
        if target.ends_with("dir") {
            std::fs::create_dir(&victim).unwrap();
        } else {
            std::fs::write(&victim, "precious").unwrap();
        }
        let link = env.path(&format!("outbox-{target}"));
        symlink(&victim, &link).unwrap();
        env.ok(&["config", "set", "mail.outbox_dir", link.to_str().unwrap()]);
        let email = format!("{target}@example.com");
        let r = env.run(&["invite", "create", &email, "--name", "Victim", "--send"]);
        assert_eq!(r.code, 4, "{target}: {r:?}");
        assert!(r.stderr.contains("symbolic link") && r.stderr.contains("resend"), "{r:?}");
        if target.ends_with("dir") {
            assert_eq!(std::fs::read_dir(&victim).unwrap().count(), 0, "nothing written through the link");
        } else {
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        }
        let pending: i64 = env.sql("SELECT count(*) FROM codes WHERE kind = 'invite' AND status = 'pending'");
        assert!(pending >= 1, "the invitation stays valid to resend");
    }
}

#[test]
fn dash_means_stdout() {
    let env = TestEnv::with_admin();
    let cwd = env.path("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let in_cwd = |args: &[&str]| {
        let mut cmd = env.command(args);
        cmd.current_dir(&cwd);
        env.run_with(cmd, None)
    };
    // user export --output -: CSV or JSON on stdout.
    let r = in_cwd(&["user", "export", "--output", "-"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.starts_with("id,username,"), "{r:?}");
    let r = in_cwd(&["user", "export", "--output", "-", "--format", "json"]);
    let parsed: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(parsed.len(), 1);
    // --report -: the report alone on stdout, the counts on stderr.
    let csv = env.path("rows.csv");
    std::fs::write(&csv, ROWS).unwrap();
    let r = in_cwd(&["user", "import", csv.to_str().unwrap(), "--report", "-"]);
    assert_eq!(r.code, 5, "{r:?}");
    let report = r.stdout.trim_start_matches('\u{feff}');
    assert!(report.starts_with("username,name,email,password,line,error"), "{r:?}");
    assert!(report.contains("bad1") && !report.contains("good1"), "{r:?}");
    assert!(r.stderr.contains("1 rejected"), "{r:?}");
    // --credentials-out -: the generated passwords alone on stdout.
    let new = env.path("new.csv");
    std::fs::write(&new, "username,name,email\nnew1,New One,new1@example.com\n").unwrap();
    let r = in_cwd(&["user", "import", new.to_str().unwrap(), "--random-password", "--credentials-out", "-"]);
    assert_eq!(r.code, 0, "{r:?}");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!((lines.len(), lines[0]), (2, "username,password"), "{r:?}");
    assert!(lines[1].starts_with("new1,") && lines[1].len() > 10, "{r:?}");
    // A backup is a file: `-` is refused rather than taken as a file name.
    assert_eq!(in_cwd(&["backup", "-"]).code, 2);
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0, "no file named '-'");
}

#[test]
fn a_report_never_holds_a_password_or_a_hash() {
    let env = TestEnv::with_admin();
    let csv = env.path("rows.csv");
    std::fs::write(
        &csv,
        "username,name,email,password,password_hash,密码\n\
         bad1,Bad One,bad1@@example,Sekrit-in-the-report-9,$argon2id$v=19$m=19456$hash-in-the-report,口令-in-the-report\n",
    )
    .unwrap();
    let report = env.path("report.csv");
    let r = env.run(&["user", "import", csv.to_str().unwrap(), "--report", report.to_str().unwrap()]);
    assert_eq!(r.code, 5, "{r:?}");
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("bad1@@example"), "the rejected row is in the report: {text}");
    for secret in ["Sekrit", "$argon2", "in-the-report"] {
        assert!(!text.contains(secret), "{secret} in the report: {text}");
    }
    assert_eq!(mode(&report), 0o600);
}

#[test]
fn free_text_numbers_dates_and_departments_are_bounded() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &[]);
    let long = "长".repeat(501);
    let limit = "长".repeat(500);
    let user_count = || users(&env);
    let disabled = || env.sql::<i64>("SELECT count(*) FROM users WHERE status = 'disabled'");
    let roles0: i64 = env.sql("SELECT count(*) FROM roles");
    let roles = || env.sql::<i64>("SELECT count(*) FROM roles") - roles0;
    let tokens = || env.sql::<i64>("SELECT count(*) FROM tokens");
    // (rule, args, exit code, state that must hold afterwards)
    type Check<'a> = Box<dyn Fn() -> bool + 'a>;
    let rows: Vec<(&str, Vec<&str>, i32, Check)> = vec![
        ("reason over 500", vec!["user", "disable", "zhangsan", "--reason", &long], 5, Box::new(|| disabled() == 0)),
        (
            "description over 500",
            vec!["role", "create", "r1", "--permission", "customers.read", "--description", &long],
            5,
            Box::new(|| roles() == 0),
        ),
        (
            "token description over 500",
            vec!["token", "create", "root", "--description", &long],
            5,
            Box::new(|| tokens() == 0),
        ),
        (
            "description of 500",
            vec!["role", "create", "r2", "--permission", "customers.read", "--description", &limit],
            0,
            Box::new(|| roles() == 1),
        ),
        ("inactive days overflow", vec!["user", "list", "--inactive-days", "100000000"], 5, Box::new(|| true)),
        ("inactive days max u32", vec!["user", "list", "--inactive-days", "4294967295"], 5, Box::new(|| true)),
        (
            "year 10000",
            vec![
                "user",
                "add",
                "y1",
                "--name",
                "Y",
                "--email",
                "y1@example.com",
                "--invite",
                "--expires",
                "10000-01-01",
            ],
            5,
            Box::new(|| user_count() == 2),
        ),
        ("year 10000 in a filter", vec!["audit", "list", "--since", "10000-01-01"], 5, Box::new(|| true)),
        (
            "department with U+202E",
            vec![
                "user",
                "add",
                "d1",
                "--name",
                "D",
                "--email",
                "d1@example.com",
                "--invite",
                "--department",
                "销售部\u{202E}",
            ],
            5,
            Box::new(|| user_count() == 2),
        ),
        (
            "department with U+200B",
            vec!["user", "update", "zhangsan", "--department", "销售\u{200B}部"],
            5,
            Box::new(|| {
                env.sql::<Option<String>>("SELECT department FROM users WHERE username = 'zhangsan'").is_none()
            }),
        ),
        (
            "a department filter with U+200B",
            vec!["user", "list", "--department", "销售\u{200B}部"],
            5,
            Box::new(|| true),
        ),
    ];
    for (rule, args, code, holds) in rows {
        let r = env.run(&args);
        assert_eq!(r.code, code, "{rule}\n{r:?}");
        assert!(!r.stderr.contains("panicked"), "{rule}: {r:?}");
        if code != 0 {
            assert_eq!(r.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1, "{rule}: {r:?}");
        }
        assert!(holds(), "{rule}: state changed");
    }
    // Dates up to 9999-12-31 compare correctly: --until the last day finds everything.
    let all: Vec<serde_json::Value> = env.json(&["audit", "list"]);
    let until: Vec<serde_json::Value> = env.json(&["audit", "list", "--until", "9999-12-31"]);
    assert_eq!(all.len(), until.len());
    let far = env.run(&[
        "user",
        "add",
        "y2",
        "--name",
        "Y",
        "--email",
        "y2@example.com",
        "--invite",
        "--expires",
        "9999-12-31",
    ]);
    assert_eq!(far.code, 0, "{far:?}");
}

#[test]
fn a_zero_byte_database_is_not_initialised_by_a_read_command() {
    if crate::testenv::sqlite_only("attacks_files::a_zero_byte_database_is_not_initialised_by_a_read_command") {
        return;
    }
    let env = TestEnv::new();
    std::fs::write(&env.db, "").unwrap();
    for args in [&["user", "list"][..], &["audit", "verify"], &["check"], &["user", "export", "--output", "-"]] {
        let r = env.run(args);
        assert_eq!(r.code, 8, "{args:?}: {r:?}");
        assert!(r.stderr.contains("empty"), "{r:?}");
        assert_eq!(std::fs::metadata(&env.db).unwrap().len(), 0, "{args:?} wrote to the file");
        for suffix in ["-wal", "-shm", "-journal"] {
            assert!(!PathBuf::from(format!("{}{suffix}", env.db.display())).exists(), "{args:?} made {suffix}");
        }
    }
}

#[test]
fn a_foreign_sqlite_file_is_refused_before_a_byte_of_it_changes() {
    if crate::testenv::sqlite_only("attacks_files::a_foreign_sqlite_file_is_refused_before_a_byte_of_it_changes") {
        return;
    }
    for (what, sql) in [
        ("someone's app", "CREATE TABLE foo (x); INSERT INTO foo VALUES (1);"),
        ("an app with a user_version", "CREATE TABLE foo (x); PRAGMA user_version = 3;"),
        ("a crmctl look-alike missing tables", "CREATE TABLE users (id); PRAGMA user_version = 1;"),
    ] {
        let env = TestEnv::new();
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        let before = std::fs::read(&env.db).unwrap();
        let writes = [
            &["user", "add", "x", "--name", "X", "--email", "x@example.com", "--invite"][..],
            &["init", "--org", "Mine"],
            &["user", "list"],
            &["check"],
        ];
        for args in writes {
            let r = env.run(args);
            assert_eq!(r.code, 8, "{what}: {args:?}\n{r:?}");
            assert!(r.stderr.contains("not one of crmctl's"), "{r:?}");
            assert_eq!(std::fs::read(&env.db).unwrap(), before, "{what}: {args:?} changed the file");
            for suffix in ["-wal", "-shm", "-journal"] {
                let side = PathBuf::from(format!("{}{suffix}", env.db.display()));
                assert!(!side.exists(), "{what}: {args:?} made {suffix}");
            }
        }
    }
}

#[test]
fn check_compares_the_schema_with_the_expected_one() {
    let env = TestEnv::with_admin();
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["check", "--format", "json"])).unwrap();
    let schema = v["checks"].as_array().unwrap().iter().find(|c| c["name"] == "schema").cloned().unwrap();
    assert_eq!(schema["ok"], true, "{v}");
    env.exec("DROP INDEX audit_action; CREATE TABLE extra (x TEXT); CREATE INDEX extra_x ON extra (x);");
    let r = env.run(&["check"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("index audit_action is missing"), "{r:?}");
    assert!(r.stdout.contains("unexpected table extra") && r.stdout.contains("unexpected index extra_x"), "{r:?}");
    assert!(r.stderr.contains("schema"), "{r:?}");
}

#[test]
fn codes_stay_off_the_command_line() {
    let env = TestEnv::with_admin();
    let invite = |email: &str| -> String {
        let v: serde_json::Value = env.json(&["invite", "create", email, "--name", "New"]);
        v["code"].as_str().unwrap().to_string()
    };
    let code = invite("a1@example.com");
    let r = env.run_stdin(&["invite", "accept", "--code-stdin", "--password-stdin"], &format!("{code}\n{PW}\n"));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'a1'"), "active");

    invite("a2@example.com");
    // No code and no terminal to ask on (stdin is an empty pipe, never written:
    // the command stops before reading it).
    for args in [&["invite", "accept", "--password-stdin"][..], &["invite", "accept"], &["password", "set"]] {
        let r = env.run(args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(r.stderr.contains("--code-stdin"), "{r:?}");
    }
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'a2'"), "invited");
    let r = env.run_stdin(&["invite", "accept", "--code-stdin", "--password-stdin"], &format!("\n{PW}\n"));
    assert_eq!(r.code, 5, "an empty first line is no code: {r:?}");
    let r = env.run(&["invite", "accept", "CODE", "--code-stdin"]);
    assert_eq!(r.code, 2, "a code given twice: {r:?}");

    // password set: the reset code from stdin, then the new password.
    env.active("zhangsan", PW, &[]);
    let link: serde_json::Value = env.json(&["reset-password", "zhangsan", "--link"]);
    let reset = link["code"].as_str().unwrap();
    let new = "meadow quartz lantern 7";
    let r = env.run_stdin(&["password", "set", "--code-stdin", "--password-stdin"], &format!("{reset}\n{new}\n"));
    assert_eq!(r.code, 0, "{r:?}");
    let r = env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], &format!("{new}\n"));
    assert_eq!(r.code, 0, "{r:?}");
}
