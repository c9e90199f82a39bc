//! `auth verify`: exit 0/1/6, one message for wrong password and unknown user,
//! last login, lockout, rehash, audit.

use crate::testenv::{TestEnv, UserJson};

const PW: &str = "correct horse battery";

fn verify(env: &TestEnv, user: &str, pw: &str) -> crate::testenv::Run {
    env.run_stdin(&["auth", "verify", user, "--password-stdin", "--format", "json"], &format!("{pw}\n"))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Ok {
    ok: bool,
    username: String,
    must_change_password: bool,
}

#[test]
fn success_prints_the_spec_json_and_records_the_login() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    let run = verify(&env, "ZhangSan@example.com", PW);
    assert_eq!(run.code, 0, "{run:?}");
    let ok: Ok = serde_json::from_str(&run.stdout).unwrap();
    assert!(ok.ok && !ok.must_change_password);
    assert_eq!(ok.username, "zhangsan");
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert!(u.last_login_at.is_some());
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "auth.success"]);
    assert_eq!(entries.len(), 1);
}

#[test]
fn wrong_password_and_unknown_user_look_the_same() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    let wrong = verify(&env, "zhangsan", "wrong horse battery");
    let unknown = verify(&env, "nobody", PW);
    assert_eq!((wrong.code, unknown.code), (1, 1));
    assert_eq!(wrong.stderr, unknown.stderr);
    assert_eq!(wrong.stdout, unknown.stdout);
    let v: serde_json::Value = serde_json::from_str(&wrong.stdout).unwrap();
    assert_eq!(v["ok"], false);
    let failures: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "auth.failure"]);
    assert_eq!(failures.len(), 2);
    assert!(!serde_json::to_string(&failures).unwrap().contains("wrong horse"), "no password in the audit log");
}

#[test]
fn accounts_that_may_not_log_in_are_exit_6() {
    let env = TestEnv::with_admin();
    env.invite("invited", &[]);
    env.active("disabled", PW, &[]);
    env.ok(&["user", "disable", "disabled"]);
    env.active("deleted", PW, &[]);
    env.ok(&["user", "delete", "deleted", "--yes"]);
    env.active("expired", PW, &["--expires", "2001-01-01"]);
    for user in ["invited", "disabled", "deleted", "expired"] {
        let run = verify(&env, user, PW);
        assert_eq!(run.code, 6, "{user}: {run:?}");
    }
}

#[test]
fn repeated_failures_lock_the_account() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    env.ok(&["config", "set", "lockout.threshold", "3"]);
    for _ in 0..3 {
        assert_eq!(verify(&env, "zhangsan", "wrong horse battery").code, 1);
    }
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!(u.status, "locked");
    let run = verify(&env, "zhangsan", PW);
    assert_eq!(run.code, 6, "locked even with the right password: {run:?}");
    // The lockout ends by itself.
    env.exec("UPDATE users SET locked_until = '2000-01-01T00:00:00Z'");
    assert_eq!(verify(&env, "zhangsan", PW).code, 0);
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!(u.status, "active");
}

#[test]
fn a_hash_with_older_parameters_is_rehashed_on_success() {
    let env = TestEnv::with_admin();
    // Older parameters above the floors (m >= 19456 KiB, t >= 2): more passes.
    env.ok(&["config", "set", "password.argon2_t", "3"]);
    env.active("zhangsan", PW, &[]);
    let old: String = env.sql("SELECT password_hash FROM users WHERE username = 'zhangsan'");
    assert!(old.contains("m=19456,t=3,p=1"), "{old}");
    env.ok(&["config", "unset", "password.argon2_t"]);
    assert_eq!(verify(&env, "zhangsan", PW).code, 0);
    let new: String = env.sql("SELECT password_hash FROM users WHERE username = 'zhangsan'");
    assert!(new.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{new}");
    assert_eq!(verify(&env, "zhangsan", PW).code, 0);
}

#[test]
fn max_password_age_forces_a_change() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    env.ok(&["config", "set", "password.max_age_days", "30"]);
    let run = verify(&env, "zhangsan", PW);
    let ok: Ok = serde_json::from_str(&run.stdout).unwrap();
    assert!(!ok.must_change_password);
    env.exec("UPDATE users SET password_changed_at = '2020-01-01T00:00:00Z'");
    let run = verify(&env, "zhangsan", PW);
    let ok: Ok = serde_json::from_str(&run.stdout).unwrap();
    assert!(ok.must_change_password);
}

#[test]
fn no_password_source_without_terminal_is_exit_2() {
    let env = TestEnv::with_admin();
    let err = env.fails(&["auth", "verify", "root"], 2);
    assert!(err.contains("--password-stdin"), "{err}");
}
