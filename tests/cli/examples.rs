//! Every example is run: the employee files import cleanly, and the
//! onboarding and offboarding scripts do what they say, twice in a row.

use std::path::PathBuf;

use crate::testenv::{TestEnv, UserJson};

fn example(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples").join(name).to_str().unwrap().to_string()
}

/// Runs an example script with the test's database; `crmctl` is the binary under test.
fn script(env: &TestEnv, name: &str, args: &[&str]) -> crate::testenv::Run {
    let mut cmd = env.program("bash", &[]);
    cmd.arg(example(name)).args(args);
    cmd.env("CRMCTL", env!("CARGO_BIN_EXE_crmctl")).env("PATH", std::env::var_os("PATH").unwrap_or_default());
    env.run_with(cmd, None)
}

#[test]
fn example_employee_files_import_cleanly() {
    let env = TestEnv::with_admin();
    for file in ["employees.csv", "employees-gbk.csv"] {
        let run = env.run(&["user", "import", &example(file), "--format", "json"]);
        assert_eq!(run.code, 0, "{file}: {run:?}");
        let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!((v["rows"].as_u64(), v["rejected"].as_u64()), (Some(200), Some(0)), "{file}");
    }
    let users: Vec<UserJson> = env.json(&["user", "list"]);
    assert_eq!(users.len(), 401);
}

#[test]
fn onboarding_is_idempotent_and_offboarding_disables_and_revokes() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let args = ["zhangsan", "张三", "zhangsan@example.com", "销售部/华东区", "sales-rep"];
    let run = script(&env, "onboarding.sh", &args);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("invited"), "{run:?}");
    let again = script(&env, "onboarding.sh", &args);
    assert_eq!(again.code, 0, "{again:?}");
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!((u.status.as_str(), u.roles.len(), u.roles[0].role.as_str()), ("invited", 1, "sales-rep"));
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 2, "each run mails a fresh invitation");
    let conflict = script(&env, "onboarding.sh", &["lisi", "李四", "zhangsan@example.com", "销售部", "viewer"]);
    assert_eq!(conflict.code, 4, "{conflict:?}");
    assert_eq!(script(&env, "onboarding.sh", &["only-one-arg"]).code, 2);

    env.active("leaver", "correct horse battery", &[]);
    env.active("heir", "another horse battery", &[]);
    env.ok(&["token", "create", "leaver"]);
    env.ok(&["token", "create", "leaver"]);
    env.ok(&["token", "create", "heir"]);
    let run = script(&env, "offboarding.sh", &["leaver", "heir", "left 2026-11-30"]);
    assert_eq!(run.code, 0, "{run:?}");
    // Disabling revoked the leaver's tokens; the script has none left to revoke.
    let u: UserJson = env.json(&["user", "show", "leaver"]);
    assert_eq!(u.status, "disabled");
    let tokens: Vec<serde_json::Value> = env.json(&["token", "list"]);
    let revoked: Vec<bool> = tokens.iter().map(|t| t["revoked"].as_bool().unwrap()).collect();
    assert_eq!(revoked, [true, true, false], "the heir's token stays");
    let again = script(&env, "offboarding.sh", &["leaver", "heir", "left 2026-11-30"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert_eq!(script(&env, "offboarding.sh", &["ghost", "heir", "x"]).code, 3);
}

/// onboarding.sh reads crmctl's JSON, not CSV cut at commas: a name with a
/// comma is invited, and an active user with one is left alone.
#[test]
fn onboarding_handles_names_with_commas() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let run = script(&env, "onboarding.sh", &["wangwu", "Wang, Wu", "wangwu@example.com", "销售部", "sales-rep"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "onboarding: wangwu invited (wangwu@example.com)\n", "{run:?}");
    let u: UserJson = env.json(&["user", "show", "wangwu"]);
    assert_eq!((u.name.as_str(), u.status.as_str(), u.roles[0].role.as_str()), ("Wang, Wu", "invited", "sales-rep"));
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 1);

    let add = ["user", "add", "lisi", "--name", "Li, Si \"Sam\"", "--email", "lisi@example.com", "--password-stdin"];
    assert_eq!(env.run_stdin(&add, "correct horse battery\n").code, 0);
    let run = script(&env, "onboarding.sh", &["lisi", "Li, Si \"Sam\"", "lisi@example.com", "销售部", "viewer"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "onboarding: lisi is active already; no invitation sent\n", "{run:?}");
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 1, "no invitation for an active user");
    let script_text = std::fs::read_to_string(example("onboarding.sh")).unwrap();
    assert!(!script_text.contains("--format csv"), "no CSV taken apart by hand");
}

/// The README's main command runs with an installed crmctl given as CRMCTL
/// (here: the binary under test), without building anything.
#[test]
fn demo_runs_with_an_installed_crmctl() {
    let env = TestEnv::new();
    let run = script(&env, "demo.sh", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("zhangsan") && run.stderr.contains("+ crmctl audit verify"), "{run:?}");
}

/// examples/api_add_user.py adds a user through a real server, twice (the
/// second run finds it), with Python's standard library only.
#[test]
fn python_api_example_adds_a_user() {
    let env = TestEnv::with_admin();
    let token = env.token("root");
    std::fs::write(env.path("token"), format!("{token}\n")).unwrap();
    let server = env.serve();
    let run_script = || {
        let mut cmd = env.program(
            "python3",
            &[&example("api_add_user.py"), "zhaoliu", "赵六", "zhaoliu@example.com", "销售部", "sales-rep"],
        );
        cmd.env("CRMCTL_URL", &server.base)
            .env("CRMCTL_TOKEN_FILE", env.path("token"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        env.run_with(cmd, None)
    };
    let run = run_script();
    assert_eq!(run.code, 0, "{run:?}");
    let answer: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!((answer["username"].as_str(), answer["status"].as_str()), (Some("zhaoliu"), Some("invited")));
    assert!(answer["invitation"]["code"].is_string());
    let again = run_script();
    assert_eq!(again.code, 0, "a re-run finds the user: {again:?}");
    let u: UserJson = env.json(&["user", "show", "zhaoliu"]);
    assert_eq!((u.department.as_deref(), u.roles[0].role.as_str()), (Some("销售部"), "sales-rep"));
    let audit: serde_json::Value = env.json(&["audit", "list", "--action", "user.add", "--user", "zhaoliu"]);
    assert_eq!(audit[0]["details"]["via"], "api");
}

/// examples/crmctl-serve.service starts `crmctl serve` with flags it has.
#[test]
fn systemd_unit_runs_serve_with_real_flags() {
    let unit = std::fs::read_to_string(example("crmctl-serve.service")).unwrap();
    let exec = unit.lines().find_map(|l| l.strip_prefix("ExecStart=")).unwrap();
    let words: Vec<&str> = exec.split_whitespace().collect();
    assert!(words[0].ends_with("/crmctl") && words[1] == "serve", "{exec}");
    let env = TestEnv::new();
    let help = env.ok(&["serve", "--help"]);
    for flag in words.iter().filter(|w| w.starts_with("--")) {
        assert!(help.contains(flag), "{flag} is not a flag of crmctl serve");
    }
    assert!(unit.contains("KillSignal=SIGTERM"));
}
