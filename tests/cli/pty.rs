//! Prompts on a real pseudo-terminal, driven through util-linux `script(1)`:
//! the password prompt (asked twice when setting) and delete's confirmation.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::testenv::TestEnv;

/// Runs crmctl under a pty, typing `lines` one by one after a pause each.
fn on_terminal(env: &TestEnv, args: &[&str], lines: &[&str]) -> (String, std::process::ExitStatus) {
    let exe = env!("CARGO_BIN_EXE_crmctl");
    let quoted: Vec<String> = std::iter::once(exe).chain(args.iter().copied()).map(|a| format!("'{a}'")).collect();
    let mut child = Command::new("script")
        .args(["-qec", &quoted.join(" "), "/dev/null"])
        .env("CRMCTL_DB", &env.db)
        .env("HOME", env.dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script(1) from util-linux");
    let mut stdin = child.stdin.take().unwrap();
    for line in lines {
        std::thread::sleep(Duration::from_millis(400));
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    std::thread::sleep(Duration::from_millis(400));
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    (String::from_utf8_lossy(&out.stdout).replace('\r', ""), out.status)
}

#[test]
fn password_prompt_asks_twice_and_never_echoes() {
    let env = TestEnv::with_admin();
    let pw = "tulip orbit plum 42";
    let (screen, status) =
        on_terminal(&env, &["user", "add", "ptyuser", "--name", "P", "--email", "p@example.com"], &[pw, pw]);
    assert!(status.success(), "{screen}");
    assert!(screen.contains("Password for ptyuser:") && screen.contains("Repeat the password:"), "{screen}");
    assert!(!screen.contains(pw), "the password was echoed:\n{screen}");
    let run = env.run_stdin(&["auth", "verify", "ptyuser", "--password-stdin"], &format!("{pw}\n"));
    assert_eq!(run.code, 0, "{run:?}");

    let (screen, status) = on_terminal(
        &env,
        &["user", "add", "pty2", "--name", "P", "--email", "p2@example.com"],
        &[pw, "something else"],
    );
    assert_eq!(status.code(), Some(5), "{screen}");
    assert!(screen.contains("differ"), "{screen}");
    env.fails(&["user", "show", "pty2"], 3);
}

#[test]
fn delete_confirmation_defaults_to_no() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &[]);
    let (screen, status) = on_terminal(&env, &["user", "delete", "zhangsan"], &["n"]);
    assert!(!status.success(), "{screen}");
    assert!(screen.contains("Delete user zhangsan"), "{screen}");
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'zhangsan'"), "invited");
    let (screen, status) = on_terminal(&env, &["user", "delete", "zhangsan"], &["y"]);
    assert!(status.success(), "{screen}");
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'zhangsan'"), "deleted");
}

#[test]
fn user_add_without_arguments_runs_a_form_with_validation() {
    let env = TestEnv::with_admin();
    let down = "\x1b[B";
    let role = format!("{down}{down}{down}{down}{down}"); // (no role), admin, dept-admin, provisioner, sales-manager, sales-rep
    let answers = [
        "Bad Name", // refused: not a valid username, asked again
        "zhaoliu",
        "赵六",
        "not-an-email", // refused, asked again
        "zl@example.com",
        "13812345678",
        "", // employee ID: skipped
        "销售部/华东区",
        "",            // title: skipped
        role.as_str(), // role: sales-rep
        "",            // password: send an invitation (default)
        "y",
    ];
    let (screen, status) = on_terminal(&env, &["user", "add"], &answers);
    assert!(status.success(), "{screen}");
    assert!(screen.contains("a-z, 0-9"), "the username rule is shown as you type: {screen}");
    assert!(screen.contains("invitation code: "), "{screen}");
    let u: crate::testenv::UserJson = env.json(&["user", "show", "zhaoliu"]);
    assert_eq!(u.phone.as_deref(), Some("+8613812345678"));
    assert_eq!(u.department.as_deref(), Some("销售部/华东区"));
    assert_eq!(u.roles[0].role, "sales-rep");
    assert_eq!(u.status, "invited");
    // Without a terminal, missing arguments are a usage error naming them.
    let err = env.fails(&["user", "add"], 2);
    assert!(err.contains("USERNAME") && err.contains("--name") && err.contains("--email"), "{err}");
}
