//! Evidence that crmctl cannot be broken by crashes, concurrency or hostile
//! input: SIGKILL in the middle of an import, many processes at once, and a
//! table of hostile inputs each with its expected exit code.

use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::testenv::TestEnv;

/// A CSV of `rows` new employees, numbered from `start`.
fn employees(env: &TestEnv, name: &str, start: usize, rows: usize) -> String {
    let path = env.path(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(f, "username,name,email,phone,employee_id,department").unwrap();
    for i in start..start + rows {
        writeln!(f, "k{i},员工{i},k{i}@example.com,+86138{:08},K{i:07},销售部/华东区", i % 100_000_000).unwrap();
    }
    f.flush().unwrap();
    path.to_str().unwrap().to_string()
}

fn users(env: &TestEnv) -> i64 {
    env.sql("SELECT count(*) FROM users")
}

/// The database is whole: SQLite's integrity check and the audit chain.
fn assert_intact(env: &TestEnv) {
    assert!(env.integrity_ok());
    let run = env.run(&["audit", "verify"]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn sigkill_at_any_moment_of_an_import_leaves_none_or_all_of_the_batch() {
    let env = TestEnv::with_admin();
    const ROWS: usize = 20_000;
    // Kill points spread over reading, writing and committing; the last lets it finish.
    let delays = [0u64, 30, 100, 250, 500, 900, 1_500, 60_000];
    let mut outcomes = Vec::new();
    for (n, delay) in delays.iter().enumerate() {
        let file = employees(&env, &format!("batch{n}.csv"), n * ROWS, ROWS);
        let before = users(&env);
        let audit_before: i64 = env.sql("SELECT count(*) FROM audit");
        let mut child: Child = env
            .command(&["user", "import", &file, "--yes", "-q"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while started.elapsed() < Duration::from_millis(*delay) && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_millis(5));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        let status = child.wait().unwrap();
        let after = users(&env);
        assert!(
            after == before || after == before + ROWS as i64,
            "kill after {delay} ms: {after} users, expected {before} or {}",
            before + ROWS as i64
        );
        let audit_after: i64 = env.sql("SELECT count(*) FROM audit");
        assert_eq!(audit_after - audit_before, i64::from(after != before), "the import entry comes with the rows");
        assert_intact(&env);
        outcomes.push((delay, finished || status.success(), after != before));
    }
    assert!(outcomes.iter().any(|(_, _, written)| !written), "some kill landed before the commit: {outcomes:?}");
    assert!(outcomes.last().is_some_and(|(_, _, written)| *written), "the unkilled import wrote: {outcomes:?}");
}

#[test]
fn many_processes_at_once_fail_only_with_busy_and_the_chain_holds() {
    let mut env = TestEnv::with_admin();
    env.env("CRMCTL_BUSY_TIMEOUT_MS", "20000");
    env.active("alice", "correct horse battery staple", &[]);
    for i in 0..4 {
        let u = format!("r{i}");
        env.ok(&["user", "add", &u, "--name", &u, "--email", &format!("{u}@example.com"), "--invite", "-q"]);
    }
    let mut children: Vec<(String, Child)> = Vec::new();
    let spawn = |args: Vec<String>, stdin: Option<&str>| {
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child =
            env.command(&argv).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            pipe.write_all(text.as_bytes()).unwrap();
        }
        drop(pipe);
        (args.join(" "), child)
    };
    for i in 0..6 {
        let u = format!("c{i}");
        children.push(spawn(
            ["user", "add", &u, "--name", &u, "--email", &format!("{u}@example.com"), "--invite", "-q"]
                .map(String::from)
                .to_vec(),
            None,
        ));
        let file = employees(&env, &format!("c{i}.csv"), 1_000_000 + i * 500, 500);
        children.push(spawn(["user", "import", &file, "--yes", "-q"].map(String::from).to_vec(), None));
        children.push(spawn(
            ["auth", "verify", "alice", "--password-stdin"].map(String::from).to_vec(),
            Some("correct horse battery staple\n"),
        ));
        children.push(spawn(["role", "assign", &format!("r{}", i % 4), "viewer"].map(String::from).to_vec(), None));
    }
    for (what, child) in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(code == 0 || code == 7, "{what}: exit {code}: {stderr}");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    }
    assert_intact(&env);
    assert!(users(&env) > 6, "the work was done");
}

/// One hostile input: what it is, the command, stdin, and the exit code expected.
struct Case {
    what: &'static str,
    args: Vec<std::ffi::OsString>,
    stdin: Option<Vec<u8>>,
    code: i32,
}

fn case(what: &'static str, args: &[&str], code: i32) -> Case {
    Case { what, args: args.iter().map(Into::into).collect(), stdin: None, code }
}

fn import_of(what: &'static str, bytes: Vec<u8>, extra: &[&str], code: i32) -> Case {
    let mut args: Vec<std::ffi::OsString> = vec!["user".into(), "import".into(), "-".into(), "--yes".into()];
    args.extend(extra.iter().map(Into::into));
    Case { what, args, stdin: Some(bytes), code }
}

#[test]
fn hostile_inputs_get_their_exit_code_and_never_a_panic() {
    let env = TestEnv::with_admin();
    let ten_mb = "x".repeat(10 * 1024 * 1024);
    let mut huge_lines = b"name,email\n".to_vec();
    for i in 0..200_000 {
        huge_lines.extend_from_slice(format!("P{i},p{i}@example.com\n").as_bytes());
    }
    let mut cases = vec![
        case(
            "ANSI escape in a name",
            &["user", "add", "ansi", "--name", "\x1b[31mred\x1b[0m", "--email", "a@example.com", "--invite"],
            5,
        ),
        case(
            "control character in a title",
            &["user", "add", "bell", "--name", "B", "--email", "b@example.com", "--title", "x\x07y", "--invite"],
            5,
        ),
        case(
            "SQL in a username",
            &["user", "add", "x'; DROP TABLE users;--", "--name", "X", "--email", "x@example.com", "--invite"],
            5,
        ),
        case(
            "SQL in a name is only text",
            &[
                "user",
                "add",
                "bobby",
                "--name",
                "Robert'); DROP TABLE users;--",
                "--email",
                "bobby@example.com",
                "--invite",
            ],
            0,
        ),
        case(
            "formula in a name is only text",
            &["user", "add", "formula", "--name", "=cmd|' /C calc'!A0", "--email", "f@example.com", "--invite"],
            0,
        ),
        case("SQL in a search", &["user", "list", "--search", "%' OR 1=1 --"], 0),
        case("100 kB search", &["user", "list", "--search", &"y".repeat(100_000)], 5),
        case(
            "100 kB name",
            &["user", "add", "long", "--name", &"n".repeat(100_000), "--email", "l@example.com", "--invite"],
            5,
        ),
        case(
            "right-to-left override in a name",
            &["user", "add", "rtl", "--name", "abc\u{202e}fed", "--email", "r@example.com", "--invite"],
            5,
        ),
        case("unknown user with SQL", &["user", "show", "' OR '1'='1"], 3),
        case("negative limit", &["user", "list", "--limit", "-1"], 2),
        case("absurd duration", &["token", "create", "root", "--expires-in", "99999999999d"], 5),
        import_of("10 MB field", format!("name,email\n{ten_mb},big@example.com\n").into_bytes(), &[], 5),
        import_of("NUL bytes", b"name,email\nA\0B,nul@example.com\n".to_vec(), &[], 5),
        import_of(
            "invalid UTF-8 said to be UTF-8",
            b"name,email\n\xff\xfe\xfd,bad@example.com\n".to_vec(),
            &["--encoding", "utf-8"],
            5,
        ),
        import_of("formula cells", b"name,email,title\n=1+1,fx@example.com,@SUM(A1)\n".to_vec(), &[], 0),
        import_of("200,000 lines", huge_lines, &["-q"], 0),
        import_of("binary garbage", (0..=255u8).cycle().take(1 << 16).collect(), &[], 5),
        import_of("an empty file", Vec::new(), &[], 5),
    ];
    // Paths that are not UTF-8.
    let bad = std::ffi::OsStr::from_bytes(b"/tmp/crmctl-\xff\xfe-missing.csv").to_os_string();
    cases.push(Case {
        what: "non-UTF-8 import path",
        args: vec!["user".into(), "import".into(), bad.clone()],
        stdin: None,
        code: 3,
    });
    let bad_db = env.dir.path().join(std::ffi::OsStr::from_bytes(b"db-\xff.db"));
    cases.push(Case {
        what: "non-UTF-8 database path",
        args: vec!["--db".into(), bad_db.into_os_string(), "init".into(), "--org".into(), "X".into(), "-q".into()],
        stdin: None,
        code: 0,
    });
    let mut failures = Vec::new();
    for c in &cases {
        let mut cmd = env.command(&[]);
        cmd.args(&c.args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = &c.stdin {
            pipe.write_all(bytes).ok();
        }
        drop(pipe);
        let out = child.wait_with_output().unwrap();
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if code != c.code || stderr.contains("panicked") || stderr.contains('\x1b') {
            failures.push(format!(
                "{}: exit {code} (expected {}): {}",
                c.what,
                c.code,
                stderr.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A name that reached the database by another route is shown without its escapes.
    env.exec("UPDATE users SET name = 'evil\x1b]0;pwned\x07\x1b[2J' WHERE username = 'bobby'");
    for args in [&["user", "list"][..], &["user", "show", "bobby"], &["user", "list", "--format", "csv"]] {
        let out = env.ok(args);
        let line = out.lines().find(|l| l.contains("evil")).unwrap_or_default();
        assert!(!out.contains('\x1b') && !out.contains('\x07'), "{args:?}: {line:?}");
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users WHERE username = 'bobby'"), 1, "the SQL stayed text");
    assert_intact(&env);
}
