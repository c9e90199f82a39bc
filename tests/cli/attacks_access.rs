//! Attacks on least privilege (SPEC "Who is acting"), each tried the way a
//! hostile delegated admin or a hostile local user would, through the real
//! binary. Every row names the rule, the attack, the exit code it must get,
//! and the database state it must leave.

use std::process::{Child, Command, Stdio};

use crate::testenv::{Run, TestEnv, UserJson};

/// A token for `user`, made by the superuser.
fn token(env: &TestEnv, user: &str) -> String {
    let t: serde_json::Value = env.json(&["token", "create", user]);
    t["token"].as_str().unwrap().to_string()
}

fn as_token(env: &TestEnv, token: &str, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = env.command(args);
    cmd.env("CRMCTL_TOKEN", token);
    env.run_with(cmd, stdin)
}

/// root (admin); lisi, dept-admin of 销售部; in 销售部: wang (sales-manager,
/// organisation-wide: customers.* and users.read that lisi lacks), plain (no
/// role), east (dept-admin of 销售部/华东区, inside lisi's scope); in 财务部:
/// fin. Returns lisi's token.
fn org() -> (TestEnv, String) {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    env.active("wang", "tidy orbit lantern 42", &["--department", "销售部", "--role", "sales-manager"]);
    env.active("plain", "tidy orbit lantern 42", &["--department", "销售部"]);
    env.active("east", "tidy orbit lantern 42", &["--department", "销售部/华东区"]);
    env.ok(&["role", "assign", "east", "dept-admin", "--department", "销售部/华东区"]);
    env.active("fin", "tidy orbit lantern 42", &["--department", "财务部", "--title", "会计"]);
    let lisi = token(&env, "lisi");
    (env, lisi)
}

struct Attack {
    rule: &'static str,
    args: &'static [&'static str],
    stdin: Option<&'static str>,
    code: i32,
    /// A query whose answer must be the same before and after the attack
    /// (what the attack tried to change), or `""`.
    unchanged: &'static str,
}

#[test]
fn a_delegated_admin_cannot_act_as_or_read_beyond_its_grants() {
    let (env, lisi) = org();
    let attacks = [
        // Acting as: a token for a subordinate with wider permissions.
        Attack {
            rule: "token for a user holding customers.* lisi lacks",
            args: &["token", "create", "wang"],
            stdin: None,
            code: 6,
            unchanged: "SELECT count(*) FROM tokens",
        },
        Attack {
            rule: "random password shown to the actor",
            args: &["reset-password", "wang", "--random-password"],
            stdin: None,
            code: 6,
            unchanged: "SELECT password_hash FROM users WHERE username = 'wang'",
        },
        Attack {
            rule: "given password",
            args: &["reset-password", "wang", "--password-stdin"],
            stdin: Some("a brand new horse battery\n"),
            code: 6,
            unchanged: "SELECT password_hash FROM users WHERE username = 'wang'",
        },
        Attack {
            rule: "reset link shown to the actor",
            args: &["reset-password", "wang", "--link"],
            stdin: None,
            code: 6,
            unchanged: "SELECT count(*) FROM codes",
        },
        Attack {
            rule: "email change redirects reset links",
            args: &["user", "update", "wang", "--email", "attacker@evil.example"],
            stdin: None,
            code: 6,
            unchanged: "SELECT email FROM users WHERE username = 'wang'",
        },
        Attack {
            rule: "MFA enrol of another user",
            args: &["mfa", "enroll", "wang"],
            stdin: None,
            code: 6,
            unchanged: "SELECT coalesce(mfa_pending_secret, '-') FROM users WHERE username = 'wang'",
        },
        Attack {
            rule: "MFA reset of another user",
            args: &["mfa", "reset", "wang"],
            stdin: None,
            code: 6,
            unchanged: "SELECT updated_at FROM users WHERE username = 'wang'",
        },
        Attack {
            rule: "purge",
            args: &["user", "purge", "wang", "--yes"],
            stdin: None,
            code: 6,
            unchanged: "SELECT count(*) FROM users",
        },
        // Reading: a user outside the scope is "no user", on every path.
        Attack { rule: "show outside the scope", args: &["user", "show", "fin"], stdin: None, code: 3, unchanged: "" },
        Attack {
            rule: "user can outside the scope",
            args: &["user", "can", "fin", "customers.read"],
            stdin: None,
            code: 3,
            unchanged: "",
        },
        Attack {
            rule: "disable outside the scope",
            args: &["user", "disable", "fin"],
            stdin: None,
            code: 3,
            unchanged: "SELECT status FROM users WHERE username = 'fin'",
        },
        Attack {
            rule: "role assign outside the scope",
            args: &["role", "assign", "fin", "viewer"],
            stdin: None,
            code: 3,
            unchanged: "SELECT count(*) FROM user_roles",
        },
        Attack {
            rule: "a manager reference outside the scope",
            args: &["user", "update", "plain", "--manager", "fin"],
            stdin: None,
            code: 3,
            unchanged: "SELECT coalesce(manager_id, 0) FROM users WHERE username = 'plain'",
        },
        Attack {
            rule: "--if-not-exists finding a user outside the scope",
            args: &[
                "user",
                "add",
                "fin",
                "--name",
                "x",
                "--email",
                "x@example.com",
                "--department",
                "销售部",
                "--invite",
                "--if-not-exists",
            ],
            stdin: None,
            code: 4,
            unchanged: "SELECT count(*) FROM users",
        },
    ];
    for a in attacks {
        let state = |query: &str| -> String {
            let value: Option<String> = env.sql(&format!("SELECT CAST(({query}) AS TEXT)"));
            format!("{value:?}")
        };
        let before = (!a.unchanged.is_empty()).then(|| state(a.unchanged));
        let mut args = a.args.to_vec();
        args.extend(["--format", "json"]);
        let run = as_token(&env, &lisi, &args, a.stdin);
        assert_eq!(run.code, a.code, "{}: {run:?}", a.rule);
        assert!(!run.stdout.contains("财务部") && !run.stdout.contains("会计"), "{}: leaked {run:?}", a.rule);
        assert!(!run.stderr.contains("财务部") && !run.stderr.contains("会计"), "{}: leaked {run:?}", a.rule);
        if let Some(before) = before {
            let after = state(a.unchanged);
            assert_eq!(before, after, "{}: the attack changed the database", a.rule);
        }
    }

    // Not knowing "fin" and "nosuch" must look the same.
    let hidden = as_token(&env, &lisi, &["user", "show", "fin"], None);
    let unknown = as_token(&env, &lisi, &["user", "show", "nosuch"], None);
    assert_eq!(hidden.stderr.replacen("'fin'", "X", 1), unknown.stderr.replacen("'nosuch'", "X", 1));

    // What lisi may do: manage wang, act as users whose grants it covers.
    assert_eq!(as_token(&env, &lisi, &["user", "update", "wang", "--title", "销售经理"], None).code, 0);
    assert_eq!(as_token(&env, &lisi, &["token", "create", "plain"], None).code, 0);
    assert_eq!(as_token(&env, &lisi, &["token", "create", "east"], None).code, 0);
    let run = as_token(&env, &lisi, &["reset-password", "east", "--random-password"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let run = as_token(&env, &lisi, &["user", "update", "plain", "--email", "plain2@example.com"], None);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn a_token_for_a_subordinate_never_reads_more_than_its_maker() {
    // The reported attack: lisi mints a token for wang, whose role is
    // organisation-wide, and reads every department through it.
    let (env, lisi) = org();
    let run = as_token(&env, &lisi, &["token", "create", "wang", "--format", "json"], None);
    assert_eq!(run.code, 6, "{run:?}");
    let n: i64 = env.sql("SELECT count(*) FROM tokens WHERE user_id = (SELECT id FROM users WHERE username = 'wang')");
    assert_eq!(n, 0);
}

#[test]
fn the_default_role_never_grants_what_the_token_user_could_not() {
    let (env, lisi) = org();
    env.ok(&["config", "set", "default_role", "viewer"]);
    let run = as_token(
        &env,
        &lisi,
        &["user", "add", "newbie", "--name", "N", "--email", "n@example.com", "--department", "销售部", "--invite"],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("default_role viewer not given"), "{run:?}");
    let u: UserJson = env.json(&["user", "show", "newbie"]);
    assert!(u.roles.is_empty(), "viewer has customers.read, which lisi cannot grant");
    // Through an invitation too.
    let run =
        as_token(&env, &lisi, &["invite", "create", "n2@example.com", "--name", "N2", "--department", "销售部"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let n: i64 =
        env.sql("SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'n2@example.com'");
    assert_eq!(n, 0);
    // The superuser's new users still get it.
    env.invite("byroot", &[]);
    let u: UserJson = env.json(&["user", "show", "byroot"]);
    assert_eq!(u.roles[0].role, "viewer");
}

/// A command run as the superuser with `SUDO_USER`/`SUDO_UID` set as given
/// (`None`: unset).
fn as_os(env: &TestEnv, sudo: Option<(&str, &str)>, args: &[&str]) -> Run {
    let mut cmd = env.command(args);
    cmd.env_remove("SUDO_USER").env_remove("SUDO_UID");
    if let Some((user, uid)) = sudo {
        cmd.env("SUDO_USER", user).env("SUDO_UID", uid);
    }
    env.run_with(cmd, None)
}

#[test]
fn four_eyes_compare_identities_not_names() {
    if !nix::unistd::getuid().is_root() {
        eprintln!("not root: OS identities behind sudo cannot be simulated; CI runs as root");
        return;
    }
    let (env, _) = org();
    env.ok(&["role", "create", "sensitive", "--permission", "reports.view", "--requires-approval"]);
    env.active("alice", "tidy orbit lantern 42", &["--role", "admin"]);
    env.active("carol", "tidy orbit lantern 42", &["--role", "admin"]);
    let alice = token(&env, "alice");
    let status = |id: i64| -> String { env.sql(&format!("SELECT status FROM approvals WHERE id = {id}")) };

    // A token user asks, is renamed, and tries to approve as "someone else".
    let run = as_token(&env, &alice, &["role", "assign", "plain", "sensitive"], None);
    assert_eq!(run.code, 0, "{run:?}");
    env.ok(&["user", "update", "alice", "--username", "alice2"]);
    let run = as_token(&env, &alice, &["approval", "approve", "1"], None);
    assert_eq!(run.code, 6, "renamed requester: {run:?}");
    // ...or through a token it created for another admin.
    let run = as_token(&env, &alice, &["token", "create", "carol", "--format", "json"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let via: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let via = via["token"].as_str().unwrap();
    let run = as_token(&env, via, &["approval", "approve", "1"], None);
    assert_eq!(run.code, 6, "token made by the requester: {run:?}");
    assert_eq!(status(1), "pending");
    // carol's own token (made by the superuser) is another pair of eyes.
    let carol = token(&env, "carol");
    assert_eq!(as_token(&env, &carol, &["approval", "approve", "1"], None).code, 0);
    assert_eq!(status(1), "approved");

    // The superuser asks as plain root, then claims to be someone else with
    // a SUDO_USER whose uid does not match SUDO_UID: not trusted.
    let run = as_os(&env, None, &["role", "assign", "east", "sensitive"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = as_os(&env, Some(("nobody", "1")), &["approval", "approve", "2"]);
    assert_eq!(run.code, 6, "forged SUDO_USER: {run:?}");
    assert_eq!(status(2), "pending");
    // A real second person through sudo may, and the audit keeps the uid.
    let run = as_os(&env, Some(("nobody", "65534")), &["approval", "approve", "2"]);
    assert_eq!(run.code, 0, "{run:?}");
    let row = env.rows(
        "SELECT actor, actor_identity FROM audit WHERE action = 'approval.approve' ORDER BY id DESC LIMIT 1",
        &[],
    );
    let (actor, identity) = (row[0][0].text(), row[0][1].text());
    assert_eq!((actor.as_str(), identity.as_str()), ("os:nobody", "os:65534"));
}

fn spawn_verify(env: &TestEnv, user: &str, password: &str, totp: Option<&str>) -> Child {
    use std::io::Write;
    let mut args = vec!["auth", "verify", user, "--password-stdin"];
    if let Some(t) = totp {
        args.extend(["--totp", t]);
    }
    let mut cmd: Command = env.command(&args);
    cmd.env("CRMCTL_BUSY_TIMEOUT_MS", "30000");
    cmd.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{password}\n").as_bytes()).unwrap();
    child
}

#[test]
fn concurrent_wrong_passwords_are_checked_at_most_threshold_times() {
    let env = TestEnv::with_admin();
    env.active("zhang", "tidy orbit lantern 42", &[]);
    let children: Vec<Child> = (0..20).map(|_| spawn_verify(&env, "zhang", "wrong horse battery", None)).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code().unwrap();
        assert!(code == 1 || code == 6, "exit {code}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let checked: i64 =
        env.sql("SELECT count(*) FROM audit WHERE action = 'auth.failure' AND details LIKE '%wrong password%'");
    assert!((1..=10).contains(&checked), "{checked} password checks for a threshold of 10");
    let status: String = env.sql("SELECT status FROM users WHERE username = 'zhang'");
    assert_eq!(status, "locked");
    // Locked: even the right password is refused, unchecked.
    let run = env.run_stdin(&["auth", "verify", "zhang", "--password-stdin"], "tidy orbit lantern 42\n");
    assert_eq!(run.code, 6, "{run:?}");
}

#[test]
fn a_login_racing_a_disable_never_reactivates_the_account() {
    let env = TestEnv::with_admin();
    env.active("zhang", "tidy orbit lantern 42", &[]);
    for round in 0..4 {
        let children: Vec<Child> = (0..4).map(|_| spawn_verify(&env, "zhang", "tidy orbit lantern 42", None)).collect();
        let mut disable = env.command(&["user", "disable", "zhang"]);
        disable.env("CRMCTL_BUSY_TIMEOUT_MS", "30000");
        assert_eq!(env.run_with(disable, None).code, 0);
        for child in children {
            let code = child.wait_with_output().unwrap().status.code().unwrap();
            assert!(code == 0 || code == 6, "round {round}: exit {code}");
        }
        let status: String = env.sql("SELECT status FROM users WHERE username = 'zhang'");
        assert_eq!(status, "disabled", "round {round}: a login switched the account back");
        env.ok(&["user", "enable", "zhang"]);
    }
}

#[test]
fn a_missing_totp_code_is_a_counted_failure_that_says_nothing_more() {
    let env = TestEnv::with_admin();
    env.active("zhang", "tidy orbit lantern 42", &[]);
    let e: serde_json::Value = env.json(&["mfa", "enroll", "zhang"]);
    let secret = e["secret"].as_str().unwrap().to_string();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    env.ok(&["mfa", "enroll", "zhang", "--code", &crate::testenv::totp_code(&secret, now).unwrap()]);

    let wrong_password = env.run_stdin(&["auth", "verify", "zhang", "--password-stdin"], "not the password\n");
    let missing_code = env.run_stdin(&["auth", "verify", "zhang", "--password-stdin"], "tidy orbit lantern 42\n");
    let wrong_code =
        env.run_stdin(&["auth", "verify", "zhang", "--password-stdin", "--totp", "000000"], "tidy orbit lantern 42\n");
    for run in [&wrong_password, &missing_code, &wrong_code] {
        assert_eq!(run.code, 1, "{run:?}");
        assert_eq!(run.stderr, wrong_password.stderr, "the answer must not tell the password was right");
    }
    let failed: i64 = env.sql("SELECT failed_logins FROM users WHERE username = 'zhang'");
    assert_eq!(failed, 3, "each attempt counts towards the lockout");
    let reasons: String = env.sql("SELECT group_concat(details, ' ') FROM audit WHERE action = 'auth.failure'");
    assert!(reasons.contains("missing totp") && reasons.contains("wrong totp"), "{reasons}");
}

#[test]
fn a_failed_login_logs_at_most_64_characters_of_the_username() {
    let env = TestEnv::with_admin();
    let typed = "x".repeat(5000);
    let run = env.run_stdin(&["auth", "verify", &typed, "--password-stdin"], "whatever horse\n");
    assert_eq!(run.code, 1, "{run:?}");
    let target: String = env.sql("SELECT target FROM audit WHERE action = 'auth.failure'");
    assert_eq!(target.chars().count(), 64);
}

#[test]
fn tokens_die_with_disable_and_delete_and_survive_a_lockout() {
    let (env, _) = org();
    let plain = token(&env, "plain");
    let works = |t: &str| as_token(&env, t, &["user", "show", "plain"], None).code;
    assert_eq!(works(&plain), 0);

    // A password lockout protects the password, not the token.
    env.ok(&["config", "set", "lockout.threshold", "1"]);
    let run = env.run_stdin(&["auth", "verify", "plain", "--password-stdin"], "wrong horse battery\n");
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'plain'"), "locked");
    assert_eq!(works(&plain), 0, "lockout must not block tokens");

    env.ok(&["user", "disable", "plain"]);
    assert_eq!(works(&plain), 6);
    env.ok(&["user", "enable", "plain"]);
    assert_eq!(works(&plain), 6, "enabling does not revive revoked tokens");
    let revoked: i64 =
        env.sql("SELECT revoked FROM tokens WHERE user_id = (SELECT id FROM users WHERE username = 'plain')");
    assert_eq!(revoked, 1);

    let again = token(&env, "plain");
    env.ok(&["user", "delete", "plain", "--yes"]);
    env.ok(&["user", "restore", "plain"]);
    assert_eq!(works(&again), 6, "restoring does not revive revoked tokens");
}

#[test]
fn an_import_row_hitting_a_user_outside_the_scope_learns_nothing_about_it() {
    let (env, lisi) = org();
    let file = env.path("people.csv");
    std::fs::write(&file, "username,name,email,department\nnewfin,新人,fin@example.com,销售部\n").unwrap();
    let file = file.to_str().unwrap();
    for mode in ["update", "error"] {
        let run = as_token(&env, &lisi, &["user", "import", file, "--on-conflict", mode, "--yes"], None);
        assert_eq!(run.code, 5, "{mode}: {run:?}");
        let said = format!("{}{}", run.stdout, run.stderr);
        assert!(said.contains("already taken by another user"), "{mode}: {run:?}");
        assert!(!said.contains("fin ") && !said.contains("user fin") && !said.contains("财务部"), "{mode}: {run:?}");
    }
    let status: String = env.sql("SELECT name || '/' || department FROM users WHERE username = 'fin'");
    assert_eq!(status, "fin/财务部", "the row outside the scope is untouched");
}

#[test]
fn an_import_cannot_change_the_email_of_someone_the_importer_could_not_act_as() {
    // Found by review: the email moved through an import, then a mailed reset
    // link (which only needs "managing") went to the attacker.
    let (env, lisi) = org();
    let file = env.path("people.csv");
    std::fs::write(&file, "username,name,email,department\nwang,wang,evil@attacker.example,销售部\n").unwrap();
    let run =
        as_token(&env, &lisi, &["user", "import", file.to_str().unwrap(), "--on-conflict", "update", "--yes"], None);
    assert_eq!(run.code, 5, "{run:?}");
    let email: String = env.sql("SELECT email FROM users WHERE username = 'wang'");
    assert_eq!(email, "wang@example.com");
}

#[test]
fn a_role_cannot_be_given_permissions_its_editor_lacks() {
    // Found by review: a token holding only roles.manage widened its own role.
    let env = TestEnv::with_admin();
    env.ok(&["role", "create", "role-admin", "--permission", "roles.manage"]);
    env.active("ra", "tidy orbit lantern 42", &["--role", "role-admin"]);
    let ra = token(&env, "ra");
    let before: i64 = env.sql("SELECT count(*) FROM role_permissions");
    for args in [
        &["role", "update", "role-admin", "--add-permission", "settings.manage"][..],
        &["role", "create", "mine", "--permission", "users.manage"][..],
    ] {
        let run = as_token(&env, &ra, args, None);
        assert_eq!(run.code, 6, "{args:?}: {run:?}");
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM role_permissions"), before);
    // What it holds, it may bundle.
    assert_eq!(as_token(&env, &ra, &["role", "create", "mine", "--permission", "roles.manage"], None).code, 0);
}

#[test]
fn a_token_reissued_through_a_token_still_counts_as_the_requester() {
    // Found by review: A makes a token for B; B's token makes a new token for
    // B; that token must still not approve A's request.
    let (env, _) = org();
    env.ok(&["role", "create", "sensitive", "--permission", "reports.view", "--requires-approval"]);
    env.active("alice", "tidy orbit lantern 42", &["--role", "admin"]);
    env.active("bob", "tidy orbit lantern 42", &["--role", "admin"]);
    let alice = token(&env, "alice");
    assert_eq!(as_token(&env, &alice, &["role", "assign", "plain", "sensitive"], None).code, 0);
    let run = as_token(&env, &alice, &["token", "create", "bob", "--format", "json"], None);
    let first: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let run = as_token(&env, first["token"].as_str().unwrap(), &["token", "create", "bob", "--format", "json"], None);
    let second: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let run = as_token(&env, second["token"].as_str().unwrap(), &["approval", "approve", "1"], None);
    assert_eq!(run.code, 6, "{run:?}");
    assert_eq!(env.sql::<String>("SELECT status FROM approvals WHERE id = 1"), "pending");
}

#[test]
fn lists_limits_and_token_ids_tell_nothing_about_users_outside_the_scope() {
    let (env, lisi) = org();
    // `--limit` applies after the scope: a hidden match cannot crowd out a
    // visible one (fin is older than the user added now).
    env.active("finbuddy", "tidy orbit lantern 42", &["--department", "销售部"]);
    let run = as_token(&env, &lisi, &["user", "list", "--search", "fin", "--limit", "1", "--format", "json"], None);
    let users: Vec<UserJson> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(users.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["finbuddy"]);
    // A token of someone outside the scope is "no token".
    let fin = token(&env, "fin");
    let id: i64 = env.sql("SELECT max(id) FROM tokens");
    let _ = fin;
    let run = as_token(&env, &lisi, &["token", "revoke", &id.to_string()], None);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(!run.stderr.contains("财务部") && !run.stderr.contains("fin "), "{run:?}");
    assert_eq!(env.sql::<i64>(&format!("SELECT revoked FROM tokens WHERE id = {id}")), 0);
    // `audit list --user` answers an unknown and a hidden user alike.
    let hidden = as_token(&env, &lisi, &["audit", "list", "--user", "fin"], None);
    let unknown = as_token(&env, &lisi, &["audit", "list", "--user", "nosuch"], None);
    assert_eq!((hidden.code, unknown.code), (3, 3));
}

#[test]
fn two_approvers_at_once_decide_a_request_exactly_once() {
    let (env, _) = org();
    env.ok(&["role", "create", "sensitive", "--permission", "reports.view", "--requires-approval"]);
    env.active("alice", "tidy orbit lantern 42", &["--role", "admin"]);
    env.active("bob", "tidy orbit lantern 42", &["--role", "admin"]);
    env.active("carol", "tidy orbit lantern 42", &["--role", "admin"]);
    let alice = token(&env, "alice");
    assert_eq!(as_token(&env, &alice, &["role", "assign", "plain", "sensitive"], None).code, 0);
    let approvers: Vec<Child> = [token(&env, "bob"), token(&env, "carol")]
        .iter()
        .map(|t| {
            let mut cmd = env.command(&["approval", "approve", "1"]);
            cmd.env("CRMCTL_TOKEN", t).env("CRMCTL_BUSY_TIMEOUT_MS", "30000");
            cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap()
        })
        .collect();
    let mut codes: Vec<i32> =
        approvers.into_iter().map(|c| c.wait_with_output().unwrap().status.code().unwrap()).collect();
    codes.sort();
    assert_eq!(codes, [0, 4], "one decides, the other finds it decided");
    let assigned: i64 =
        env.sql("SELECT count(*) FROM audit WHERE action = 'role.assign' AND details LIKE '%sensitive%'");
    assert_eq!(assigned, 1);
}
