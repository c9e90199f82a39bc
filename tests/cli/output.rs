//! What reaches stdout: a write that fails is exit 8 (a full disk), a reader
//! that goes away is a quiet exit 0 (`| head`), CSV is quoted by a CSV
//! writer, and JSON documents keep their keys in order.

use std::fs::OpenOptions;
use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use crate::testenv::{Run, TestEnv};

/// `count` imported users, enough for a `user list` far larger than a pipe's
/// buffer (64 KiB), so the writer is still writing when the reader leaves.
fn with_users(count: usize) -> TestEnv {
    let env = TestEnv::with_admin();
    let path = env.path("staff.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(f, "username,name,email,department").unwrap();
    for i in 0..count {
        writeln!(f, "user{i:05},Employee number {i:05},user{i:05}@example.com,销售部/华东区").unwrap();
    }
    f.into_inner().unwrap().sync_all().unwrap();
    env.ok(&["user", "import", path.to_str().unwrap(), "-q"]);
    env
}

/// Runs with stdout on `/dev/full`, where every write fails with ENOSPC.
fn to_full_disk(env: &TestEnv, args: &[&str]) -> Run {
    let full = OpenOptions::new().write(true).open("/dev/full").expect("/dev/full (Linux)");
    let mut cmd = env.command(args);
    cmd.stdin(Stdio::null()).stdout(full).stderr(Stdio::piped());
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs with stdout a pipe whose read end is closed before crmctl writes.
fn to_closed_pipe(env: &TestEnv, args: &[&str]) -> Run {
    let mut cmd = env.command(args);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Regression: the printer ignored write errors, so `user export > /dev/full`
/// exited 0 with nothing exported.
#[test]
fn a_full_disk_on_stdout_is_exit_8_with_one_error_line() {
    let env = with_users(50);
    for args in [
        &["user", "export"][..],
        &["user", "export", "--format", "json"],
        &["user", "list", "--format", "json"],
        &["user", "list"],
        &["audit", "list", "--format", "csv"],
        &["user", "show", "user00001"],
        &["config", "path"],
    ] {
        let run = to_full_disk(&env, args);
        assert_eq!(run.code, 8, "crmctl {args:?}\n{run:?}");
        let errors: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("error:")).collect();
        assert_eq!(errors.len(), 1, "crmctl {args:?}\n{run:?}");
        assert!(errors[0].contains("stdout"), "the error names the failed write: {run:?}");
        assert!(!run.stderr.contains("panicked"), "{run:?}");
    }
}

/// `crmctl user list | head -0`: the reader left, which is not an error.
/// Nothing at all reaches stderr: not even the count that follows the table.
#[test]
fn a_closed_pipe_on_stdout_is_a_quiet_exit_0() {
    let env = with_users(2000);
    for args in [
        &["user", "list"][..],
        &["user", "list", "--format", "json"],
        &["user", "export"],
        &["audit", "list", "--format", "json"],
    ] {
        let run = to_closed_pipe(&env, args);
        assert_eq!(run.code, 0, "crmctl {args:?}\n{run:?}");
        assert_eq!(run.stderr, "", "crmctl {args:?}\n{run:?}");
    }
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

/// Regression: single-row CSV was built with `format!`, so a path with a
/// comma made a row with one field too many.
#[test]
fn csv_rows_quote_commas_quotes_and_keep_their_field_count() {
    let env = TestEnv::with_admin();
    let file = env.path("a,b \"nightly\".db");
    let file = file.to_str().unwrap();

    let (header, rows) = csv_rows(&env.ok(&["backup", file, "--format", "csv"]));
    assert_eq!(header, ["file", "users", "audit_entries", "audit_head_id", "audit_head_hash"]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].len(), 5, "{rows:?}");
    assert_eq!(rows[0][0], file);
    assert_eq!(rows[0][1], "1");
    assert_eq!(rows[0][4].len(), 64, "{rows:?}");

    let (header, rows) = csv_rows(&env.ok(&["restore", file, "--yes", "--format", "csv"]));
    assert_eq!(header, ["file", "users"]);
    assert_eq!(rows, [[file, "1"]]);

    let mut cmd = env.command(&["config", "path", "--format", "csv"]);
    cmd.env("CRMCTL_DB", file);
    let run = env.run_with(cmd, None);
    assert_eq!(run.code, 0, "{run:?}");
    let (header, rows) = csv_rows(&run.stdout);
    assert_eq!(header, ["path", "source"]);
    assert_eq!(rows, [[file, "flag"]]);
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap_or_else(|| panic!("not an object: {v}")).keys().map(String::as_str).collect()
}

fn json_of(env: &TestEnv, args: &[&str], code: i32) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let run = env.run(&args);
    assert_eq!(run.code, code, "crmctl {args:?}\n{run:?}");
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("bad JSON from {args:?}: {e}\n{run:?}"))
}

/// The small documents scripts read: the same keys, in the same order, with
/// the same value types as when they were inline `json!`.
#[test]
fn small_json_documents_keep_their_keys_order_and_types() {
    let env = TestEnv::with_admin();
    let file = env.path("copy.db");
    let file = file.to_str().unwrap();

    let v = json_of(&env, &["backup", file], 0);
    assert_eq!(keys(&v), ["file", "users", "audit_entries", "audit_head"]);
    assert_eq!(v["file"], file);
    assert!(v["users"].is_i64() && v["audit_entries"].is_i64(), "{v}");
    assert_eq!(keys(&v["audit_head"]), ["id", "hash"]);
    assert!(v["audit_head"]["id"].is_i64() && v["audit_head"]["hash"].is_string(), "{v}");

    let v = json_of(&env, &["restore", file, "--yes"], 0);
    assert_eq!(keys(&v), ["file", "users", "audit_entries"]);

    let v = json_of(&env, &["check"], 0);
    assert_eq!(keys(&v), ["ok", "checks"]);
    assert_eq!(v["ok"], true);
    for check in v["checks"].as_array().unwrap() {
        assert_eq!(keys(check), ["name", "ok", "detail"]);
        assert!(check["name"].is_string() && check["ok"].is_boolean() && check["detail"].is_string(), "{v}");
    }

    let v = json_of(&env, &["audit", "head"], 0);
    assert_eq!(keys(&v), ["id", "hash"]);
    let v = json_of(&env, &["audit", "verify"], 0);
    assert_eq!(keys(&v), ["ok", "entries", "broken_at", "message"]);
    assert!(v["ok"].is_boolean() && v["entries"].is_u64() && v["broken_at"].is_null(), "{v}");

    let v = json_of(&env, &["config", "path"], 0);
    assert_eq!(keys(&v), ["path", "source", "exists"]);
    assert_eq!(v["exists"], true);
    let v = json_of(&env, &["config", "get", "org.name"], 0);
    assert_eq!(v, serde_json::json!({"key": "org.name", "value": "Example Ltd"}));
    let v = json_of(&env, &["config", "get", "seat_limit"], 0);
    assert_eq!(v, serde_json::json!({"key": "seat_limit", "value": null}));
    let v = json_of(&env, &["config", "show"], 0);
    assert_eq!(keys(&v)[0], "org.name");
    assert_eq!(v["org.name"], serde_json::json!({"value": "Example Ltd", "source": "database"}));

    let verify = ["auth", "verify", "root", "--password-stdin", "--format", "json"];
    let run = env.run_stdin(&verify, "steady admin battery 2026\n");
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(keys(&v), ["ok", "username", "must_change_password"]);
    assert_eq!(v["ok"], true);
    let run = env.run_stdin(&verify, "wrong password entirely\n");
    assert_eq!(run.code, 1, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(keys(&v), ["ok", "error"]);
    assert_eq!(v["ok"], false);

    env.invite("zhangsan", &[]);
    env.ok(&["role", "create", "auditor", "--permission", "reports.view"]);
    env.ok(&["role", "assign", "zhangsan", "auditor"]);
    let v = json_of(&env, &["role", "delete", "auditor", "--force", "--yes"], 0);
    assert_eq!(v, serde_json::json!({"name": "auditor", "deleted": true, "assignments_removed": 1}));

    let v = json_of(&env, &["user", "purge", "zhangsan", "--yes"], 0);
    assert_eq!(keys(&v), ["id", "purged"]);
    assert!(v["id"].is_i64() && v["purged"] == true, "{v}");
}
