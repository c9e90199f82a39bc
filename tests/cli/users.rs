//! People: init, user add/show/list/update/disable/enable/delete/restore/purge.

use crate::testenv::{TestEnv, UserJson, UserWithPasswordJson};

#[test]
fn init_makes_an_admin_with_a_random_password_shown_once() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "init",
        "--org",
        "Example Ltd",
        "--seat-limit",
        "50",
        "--admin",
        "root",
        "--name",
        "Root",
        "--email",
        "root@example.com",
        "--random-password",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["org"], "Example Ltd");
    assert_eq!(v["seat_limit"], 50);
    assert_eq!(v["admin"]["roles"][0]["role"], "admin");
    assert_eq!(v["admin"]["must_change_password"], true);
    let pw = v["password"].as_str().unwrap();
    assert!(pw.len() >= 16);
    assert_eq!(out.matches(pw).count(), 1, "password printed once");
    let verify = env.run_stdin(&["auth", "verify", "root", "--password-stdin"], &format!("{pw}\n"));
    assert_eq!(verify.code, 0, "{verify:?}");
    assert_eq!(env.ok(&["config", "get", "seat_limit"]).trim(), "50");
    // A second init with an existing admin username is a conflict.
    let run =
        env.run(&["init", "--admin", "root", "--name", "Root", "--email", "other@example.com", "--random-password"]);
    assert_eq!(run.code, 4, "{run:?}");
}

#[test]
fn init_without_a_password_source_and_no_terminal_is_exit_2() {
    let env = TestEnv::new();
    let err = env.fails(&["init", "--admin", "root", "--name", "Root", "--email", "root@example.com"], 2);
    assert!(err.contains("--password-stdin"), "{err}");
    assert_eq!(env.run(&["init", "--admin", "root"]).code, 2, "--name and --email are required with --admin");
    env.ok(&["init", "--org", "Only Org"]);
    assert_eq!(env.ok(&["config", "get", "org.name"]).trim(), "Only Org");
}

#[test]
fn user_add_with_every_field_prints_the_spec_json() {
    let env = TestEnv::with_admin();
    let u: UserJson = crate::testenv::without_invitation(env.ok(&[
        "--format",
        "json",
        "user",
        "add",
        "ZhangSan",
        "--name",
        " 张三 ",
        "--email",
        "ZhangSan@Example.COM",
        "--phone",
        "138 1234 5678",
        "--employee-id",
        " E0007 ",
        "--department",
        "销售部 / 华东区",
        "--title",
        "销售代表",
        "--manager",
        "root",
        "--role",
        "sales-rep",
        "--role",
        "viewer",
        "--expires",
        "2099-12-31",
        "--invite",
        "--must-change-password",
    ]));
    assert_eq!(u.username, "zhangsan");
    assert_eq!(u.name, "张三");
    assert_eq!(u.email, "ZhangSan@example.com");
    assert_eq!(u.phone.as_deref(), Some("+8613812345678"));
    assert_eq!(u.employee_id.as_deref(), Some("E0007"));
    assert_eq!(u.department.as_deref(), Some("销售部/华东区"));
    assert_eq!(u.title.as_deref(), Some("销售代表"));
    assert_eq!(u.manager.as_deref(), Some("root"));
    assert_eq!(u.status, "invited");
    assert_eq!(u.roles.iter().map(|r| r.role.as_str()).collect::<Vec<_>>(), ["sales-rep", "viewer"]);
    assert!(u.must_change_password);
    assert!(!u.mfa);
    assert_eq!(u.expires_at.as_deref(), Some("2099-12-31T23:59:59Z"));
    assert!(u.created_at.ends_with('Z') && u.last_login_at.is_none());
    // The same user by every kind of USER reference.
    for r in ["zhangsan", "ZHANGSAN", "zhangsan@EXAMPLE.com", "E0007", &format!("#{}", u.id)] {
        let shown: UserJson = env.json(&["user", "show", r]);
        assert_eq!(shown, u, "{r}");
    }
    let stored: String = env.sql("SELECT status FROM users WHERE username = 'zhangsan'");
    assert_eq!(stored, "invited");
}

#[test]
fn password_from_stdin_is_stored_as_argon2id_with_default_parameters() {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &[]);
    let hash: String = env.sql("SELECT password_hash FROM users WHERE username = 'lisi'");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
    assert!(!hash.contains("correct horse"));
    let u: UserJson = env.json(&["user", "show", "lisi"]);
    assert_eq!(u.status, "active");
    assert!(!u.must_change_password);
    // Windows line ending and only the first line.
    let run = env.run_stdin(
        &["user", "add", "wangwu", "--name", "王五", "--email", "ww@example.com", "--password-stdin"],
        "another long passphrase\r\nsecond line ignored\n",
    );
    assert_eq!(run.code, 0, "{run:?}");
    let ok = env.run_stdin(&["auth", "verify", "wangwu", "--password-stdin"], "another long passphrase\n");
    assert_eq!(ok.code, 0, "{ok:?}");
    let empty =
        env.run_stdin(&["user", "add", "e1", "--name", "E", "--email", "e1@example.com", "--password-stdin"], "\n");
    assert_eq!(empty.code, 5, "{empty:?}");
}

#[test]
fn random_password_is_printed_once_and_forces_a_change() {
    let env = TestEnv::with_admin();
    let run = env.run(&[
        "user",
        "add",
        "lisi",
        "--name",
        "李四",
        "--email",
        "lisi@example.com",
        "--random-password",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = UserWithPasswordJson::parse(&run.stdout);
    assert!(v.user.must_change_password);
    assert_eq!(v.user.status, "active");
    assert_eq!(run.stdout.matches(&v.password).count(), 1);
    assert!(!run.stderr.contains(&v.password));
    // Table format: one line `password: ...`.
    let out = env.ok(&["user", "add", "wangwu", "--name", "王五", "--email", "ww@example.com", "--random-password"]);
    let line = out.lines().find(|l| l.starts_with("password: ")).unwrap();
    let pw = line.trim_start_matches("password: ");
    assert_eq!(out.matches(pw).count(), 1);
    let audit = env.ok(&["audit", "list", "--format", "json"]);
    assert!(!audit.contains(pw) && !audit.contains(&v.password), "no secret in the audit log");
}

#[test]
fn no_password_source_without_terminal_is_exit_2_naming_the_flags() {
    let env = TestEnv::with_admin();
    let err = env.fails(&["user", "add", "lisi", "--name", "李四", "--email", "lisi@example.com"], 2);
    for flag in ["--password-stdin", "--random-password", "--invite"] {
        assert!(err.contains(flag), "{err}");
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 1);
}

#[test]
fn password_policy_is_enforced() {
    let env = TestEnv::with_admin();
    for (pw, why) in [
        ("short", "characters"),
        ("password1234", "common"),
        ("1qaz2wsx3edc", "common"),
        ("my name is lisi ok", "username"),
        (&"x".repeat(129), "at most"),
    ] {
        let run = env.run_stdin(
            &["user", "add", "lisi", "--name", "李四", "--email", "lisi@example.com", "--password-stdin"],
            &format!("{pw}\n"),
        );
        assert_eq!(run.code, 5, "{pw}: {run:?}");
        assert!(run.stderr.contains(why), "{pw}: {run:?}");
        assert!(!run.stderr.contains(pw), "the password is not echoed");
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 1);
    env.ok(&["config", "set", "password.min_length", "20"]);
    let run = env.run_stdin(
        &["user", "add", "lisi", "--name", "李四", "--email", "lisi@example.com", "--password-stdin"],
        "fifteen chars!!\n",
    );
    assert_eq!(run.code, 5, "{run:?}");
}

#[test]
fn validation_errors_are_exit_5_and_name_the_field() {
    let env = TestEnv::with_admin();
    let cases: &[(&[&str], &str)] = &[
        (&["bad name", "--name", "x", "--email", "a@example.com"], "username"),
        (&["\u{430}dmin", "--name", "x", "--email", "a@example.com"], "non-ASCII"),
        (&["ok1", "--name", "", "--email", "a@example.com"], "name"),
        (&["ok1", "--name", "x", "--email", "li@@x"], "email"),
        (&["ok1", "--name", "x", "--email", "a@example.com", "--phone", "12345"], "phone"),
        (&["ok1", "--name", "x", "--email", "a@example.com", "--phone", "1.38E+10"], "scientific"),
        (&["ok1", "--name", "x", "--email", "a@example.com", "--department", "销售部//华东区"], "department"),
        (&["ok1", "--name", "x", "--email", "a@example.com", "--expires", "31/12/2026"], "date"),
    ];
    for (args, word) in cases {
        let mut full = vec!["user", "add"];
        full.extend(args.iter());
        full.push("--invite");
        let err = env.fails(&full, 5);
        assert!(err.contains(word), "{args:?}: {err}");
    }
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 1);
    // Unknown role or manager: not found.
    env.fails(&["user", "add", "ok1", "--name", "x", "--email", "a@example.com", "--role", "wizard", "--invite"], 3);
    env.fails(&["user", "add", "ok1", "--name", "x", "--email", "a@example.com", "--manager", "ghost", "--invite"], 3);
}

#[test]
fn conflicts_are_exit_4_and_if_not_exists_is_a_no_op() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &["--employee-id", "E1"]);
    env.fails(&["user", "add", "zhangsan", "--name", "x", "--email", "new@example.com", "--invite"], 4);
    env.fails(&["user", "add", "other", "--name", "x", "--email", "ZHANGSAN@example.com", "--invite"], 4);
    env.fails(
        &["user", "add", "other", "--name", "x", "--email", "o@example.com", "--employee-id", "E1", "--invite"],
        4,
    );
    let audit_before: i64 = env.sql("SELECT count(*) FROM audit");
    let before: UserJson = env.json(&["user", "show", "zhangsan"]);
    // No password flag and no terminal, but the user exists: nothing to ask.
    let run = env.run(&[
        "user",
        "add",
        "zhangsan",
        "--name",
        "Other",
        "--email",
        "z2@example.com",
        "--if-not-exists",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let shown: UserJson = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(shown, before);
    assert!(run.stderr.contains("exists already"));
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), audit_before);
    // A new username with --if-not-exists is created normally.
    env.ok(&["user", "add", "newbie", "--name", "N", "--email", "newbie@example.com", "--invite", "--if-not-exists"]);
}

#[test]
fn past_expiry_is_accepted_with_a_warning_and_takes_effect() {
    let env = TestEnv::with_admin();
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "old",
            "--name",
            "Old",
            "--email",
            "old@example.com",
            "--expires",
            "2020-01-01",
            "--password-stdin",
            "--format",
            "json",
        ],
        "correct horse battery\n",
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("warning:") && run.stderr.contains("past"), "{run:?}");
    let u: UserJson = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(u.status, "expired");
    let login = env.run_stdin(&["auth", "verify", "old", "--password-stdin"], "correct horse battery\n");
    assert_eq!(login.code, 6, "{login:?}");
    env.ok(&["user", "update", "old", "--expires", "never"]);
    let u: UserJson = env.json(&["user", "show", "old"]);
    assert_eq!((u.status.as_str(), u.expires_at), ("active", None));
}

#[test]
fn default_role_applies_when_no_role_is_given() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "default_role", "viewer"]);
    env.invite("a1", &[]);
    env.invite("a2", &["--role", "sales-rep"]);
    let a1: UserJson = env.json(&["user", "show", "a1"]);
    let a2: UserJson = env.json(&["user", "show", "a2"]);
    assert_eq!(a1.roles[0].role, "viewer");
    assert_eq!(a2.roles.len(), 1);
    assert_eq!(a2.roles[0].role, "sales-rep");
    env.ok(&["config", "unset", "default_role"]);
    env.invite("a3", &[]);
    let a3: UserJson = env.json(&["user", "show", "a3"]);
    assert!(a3.roles.is_empty(), "least privilege: no role by default");
}

fn names(list: &[UserJson]) -> Vec<&str> {
    list.iter().map(|u| u.username.as_str()).collect()
}

#[test]
fn user_list_filters() {
    let env = TestEnv::with_admin();
    env.invite("east", &["--department", "销售部/华东区", "--role", "sales-rep", "--phone", "13812345678"]);
    env.invite("sales", &["--department", "销售部", "--employee-id", "E0042"]);
    env.invite("salesish", &["--department", "销售部门"]);
    env.invite("fin", &["--department", "财务部", "--role", "viewer"]);
    env.active("act", "correct horse battery", &[]);
    env.invite("gone", &[]);
    env.ok(&["user", "delete", "gone", "--yes"]);
    env.ok(&["user", "disable", "fin"]);

    let all: Vec<UserJson> = env.json(&["user", "list"]);
    assert_eq!(names(&all), ["root", "east", "sales", "salesish", "fin", "act"], "deleted users are left out");
    let dept: Vec<UserJson> = env.json(&["user", "list", "--department", "销售部"]);
    assert_eq!(names(&dept), ["east", "sales"], "销售部 covers 销售部/华东区 but not 销售部门");
    let role: Vec<UserJson> = env.json(&["user", "list", "--role", "sales-rep"]);
    assert_eq!(names(&role), ["east"]);
    let status: Vec<UserJson> = env.json(&["user", "list", "--status", "disabled"]);
    assert_eq!(names(&status), ["fin"]);
    let deleted: Vec<UserJson> = env.json(&["user", "list", "--status", "deleted"]);
    assert_eq!(names(&deleted), ["gone"]);
    let every: Vec<UserJson> = env.json(&["user", "list", "--status", "all"]);
    assert_eq!(every.len(), 7);
    for (text, want) in [("E0042", "sales"), ("1381234", "east"), ("fin@", "fin"), ("SALESISH", "salesish")] {
        let found: Vec<UserJson> = env.json(&["user", "list", "--search", text]);
        assert_eq!(names(&found), [want], "{text}");
    }
    let none: Vec<UserJson> = env.json(&["user", "list", "--search", "%"]);
    assert!(none.is_empty(), "LIKE wildcards are literal");
    let limited: Vec<UserJson> = env.json(&["user", "list", "--limit", "2"]);
    assert_eq!(names(&limited), ["root", "east"]);
    let inactive: Vec<UserJson> = env.json(&["user", "list", "--inactive-days", "1"]);
    assert!(inactive.is_empty(), "everyone was created just now");
    env.exec("UPDATE users SET created_at = '2020-01-01T00:00:00Z' WHERE username = 'east'");
    let inactive: Vec<UserJson> = env.json(&["user", "list", "--inactive-days", "30"]);
    assert_eq!(names(&inactive), ["east"]);
    // A closed set of values is clap's: exit 2, listing them.
    let err = env.fails(&["user", "list", "--status", "sleeping"], 2);
    assert!(err.contains("invited, active, disabled, locked, expired, deleted, all"), "{err}");
    env.fails(&["user", "list", "--role", "wizard"], 3);
}

#[test]
fn user_list_table_and_csv() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &["--role", "sales-rep", "--role", "viewer", "--department", "销售部"]);
    let table = env.ok(&["user", "list"]);
    assert!(table.lines().next().unwrap().contains("USERNAME"), "{table}");
    assert!(table.contains("zhangsan") && table.contains("销售部"));
    let csv = env.ok(&["user", "list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "id",
            "username",
            "name",
            "email",
            "phone",
            "employee_id",
            "department",
            "title",
            "manager",
            "status",
            "roles",
            "must_change_password",
            "mfa",
            "expires_at",
            "created_at",
            "updated_at",
            "last_login_at"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[1][10], "sales-rep;viewer");
    assert_eq!(env.ok(&["user", "list", "--format", "json", "--search", "nobody"]).trim(), "[]");
}

#[test]
fn control_characters_in_names_are_escaped_in_tables() {
    let env = TestEnv::with_admin();
    // A name cannot hold control characters, but a title typed by a script is checked the same way.
    env.fails(&["user", "add", "x1", "--name", "evil\u{1b}[31mred", "--email", "x1@example.com", "--invite"], 5);
    env.exec_with("UPDATE users SET name = ?1 WHERE username = 'root'", &[&"evil\u{1b}[31mred"]);
    let out = env.ok(&["user", "show", "root"]);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("\\u{1b}[31mred"), "{out}");
}

#[test]
fn user_update_changes_fields_and_audits_the_difference() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &["--phone", "13812345678", "--title", "Rep", "--employee-id", "E1"]);
    env.invite("lisi", &["--employee-id", "E2"]);
    let u: UserJson = env.json(&[
        "user",
        "update",
        "zhangsan",
        "--name",
        "张三丰",
        "--email",
        "zsf@Example.com",
        "--department",
        "销售部/华南区",
        "--title",
        "",
        "--phone",
        "",
        "--manager",
        "lisi",
        "--expires",
        "2099-01-31",
        "--employee-id",
        "E9",
    ]);
    assert_eq!(u.name, "张三丰");
    assert_eq!(u.email, "zsf@example.com");
    assert_eq!(u.department.as_deref(), Some("销售部/华南区"));
    assert_eq!((u.title, u.phone), (None, None));
    assert_eq!(u.manager.as_deref(), Some("lisi"));
    assert_eq!(u.employee_id.as_deref(), Some("E9"));
    assert_eq!(u.expires_at.as_deref(), Some("2099-01-31T23:59:59Z"));
    let renamed: UserJson = env.json(&["user", "update", "zhangsan", "--username", "zsf"]);
    assert_eq!(renamed.username, "zsf");
    env.fails(&["user", "show", "zhangsan"], 3);
    env.fails(&["user", "update", "zsf", "--username", "lisi"], 4);
    env.fails(&["user", "update", "zsf", "--email", "LISI@example.com"], 4);
    env.fails(&["user", "update", "zsf", "--employee-id", "E2"], 4);
    env.fails(&["user", "update", "zsf", "--manager", "zsf"], 5);
    env.fails(&["user", "update", "zsf", "--email", "nope"], 5);
    env.fails(&["user", "update", "ghost", "--name", "x"], 3);
    // The audit entry records what changed, from and to.
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "user.update", "--user", "zsf"]);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["details"]["changes"]["name"]["to"], "张三丰");
    assert_eq!(entries[0]["details"]["changes"]["manager"]["to"], "lisi");
    // Nothing to change: exit 0, no audit entry.
    let before: i64 = env.sql("SELECT count(*) FROM audit");
    let run = env.run(&["user", "update", "zsf", "--name", "张三丰"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("nothing"), "{run:?}");
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), before);
}

#[test]
fn disable_with_reason_and_transfer_then_enable() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", "correct horse battery", &[]);
    env.invite("lisi", &[]);
    let out = env.ok(&["user", "disable", "zhangsan", "--reason", "left the company", "--transfer-to", "lisi"]);
    assert!(out.contains("left the company") && out.contains("transferred_to"), "{out}");
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!(u.status, "disabled");
    let login = env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], "correct horse battery\n");
    assert_eq!(login.code, 6);
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "user.disable"]);
    assert_eq!(entries[0]["details"]["transfer_to"], "lisi");
    assert_eq!(entries[0]["details"]["reason"], "left the company");
    // Disabling again: idempotent.
    let again = env.run(&["user", "disable", "zhangsan"]);
    assert_eq!(again.code, 0);
    env.fails(&["user", "disable", "zhangsan", "--transfer-to", "zhangsan"], 5);
    env.fails(&["user", "disable", "lisi", "--transfer-to", "ghost"], 3);
    let u: UserJson = env.json(&["user", "enable", "zhangsan"]);
    assert_eq!(u.status, "active");
    let login = env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], "correct horse battery\n");
    assert_eq!(login.code, 0);
    let u: UserJson = env.json(&["user", "enable", "zhangsan"]);
    assert_eq!(u.status, "active", "enabling an active user is a no-op");
}

#[test]
fn delete_asks_unless_yes_and_restore_brings_back_the_old_status() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &[]);
    env.ok(&["user", "disable", "zhangsan"]);
    let err = env.fails(&["user", "delete", "zhangsan"], 2);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'zhangsan'"), "disabled");
    let u: UserJson = env.json(&["user", "delete", "zhangsan", "-y"]);
    assert_eq!(u.status, "deleted");
    env.fails(&["user", "enable", "zhangsan"], 5);
    let u: UserJson = env.json(&["user", "restore", "zhangsan"]);
    assert_eq!(u.status, "disabled", "a disabled leaver stays disabled after a restore");
    env.fails(&["user", "delete", "ghost", "--yes"], 3);
}

#[test]
fn purge_erases_personal_data_everywhere_and_the_chain_still_verifies() {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &["--phone", "13812345678", "--employee-id", "E0007"]);
    env.ok(&["user", "update", "zhangsan", "--name", "张三丰", "--manager", "root"]);
    env.ok(&["user", "disable", "zhangsan", "--reason", "left"]);
    let id: i64 = env.sql("SELECT id FROM users WHERE username = 'zhangsan'");
    env.fails(&["user", "purge", "zhangsan"], 2);
    let out = env.ok(&["user", "purge", "zhangsan", "--yes", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], id);
    assert_eq!(v["purged"], true);
    env.fails(&["user", "show", &format!("#{id}")], 3);
    let dump: String = env.sql("SELECT group_concat(target || ' ' || details, '\n') FROM audit");
    for personal in ["zhangsan", "张三", "13812345678", "E0007", "example.com\",\"employee"] {
        assert!(!dump.contains(personal), "{personal} left in audit:\n{dump}");
    }
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--user", &format!("#{id}")]);
    assert_eq!(entries.last().unwrap()["action"], "user.purge");
    assert!(entries.iter().all(|e| e["target"] == format!("#{id}")));
    // The id is never reused.
    env.invite("next", &[]);
    assert!(env.sql::<i64>("SELECT id FROM users WHERE username = 'next'") > id);
}

#[test]
fn the_last_active_admin_cannot_be_disabled_deleted_or_purged() {
    let env = TestEnv::with_admin();
    for args in
        [&["user", "disable", "root"][..], &["user", "delete", "root", "--yes"], &["user", "purge", "root", "--yes"]]
    {
        let err = env.fails(args, 6);
        assert!(err.contains("last active admin"), "{err}");
    }
    // With a second active admin it works.
    env.active("root2", "another admin passphrase", &["--role", "admin"]);
    env.ok(&["user", "disable", "root"]);
    env.fails(&["user", "disable", "root2"], 6);
    // An invited admin does not count as active.
    env.invite("root3", &["--role", "admin"]);
    env.fails(&["user", "delete", "root2", "--yes"], 6);
}

#[test]
fn seat_limit_counts_active_and_invited_users() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "3"]);
    env.invite("a1", &[]);
    env.invite("a2", &[]);
    let err = env.fails(&["user", "add", "a3", "--name", "x", "--email", "a3@example.com", "--invite"], 6);
    assert!(err.contains("3 of 3 seats in use"), "{err}");
    env.ok(&["user", "disable", "a2"]);
    env.invite("a3", &[]);
    env.fails(&["user", "enable", "a2"], 6);
    env.ok(&["user", "delete", "a3", "--yes"]);
    env.ok(&["user", "enable", "a2"]);
    env.fails(&["user", "restore", "a3"], 6);
    env.ok(&["config", "unset", "seat_limit"]);
    env.ok(&["user", "restore", "a3"]);
}

#[test]
fn quiet_silences_notes_and_change_echo_but_not_reads() {
    let env = TestEnv::with_admin();
    let run = env.run(&["user", "add", "a1", "--name", "A", "--email", "a1@example.com", "--invite", "-q"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "only the invitation code and expiry, never silenced: {run:?}");
    assert!(lines[0].starts_with("invitation code: ") && lines[1].starts_with("invitation expires: "));
    assert!(env.ok(&["user", "show", "a1", "-q"]).contains("a1@example.com"));
    let random = env.run(&["user", "add", "a2", "--name", "A", "--email", "a2@example.com", "--random-password", "-q"]);
    assert!(random.stdout.starts_with("password: "), "a generated password is never silenced: {random:?}");
}

/// SPEC "Settings and seats": `init` on a database that holds an organisation
/// is exit 4 and changes nothing; `--if-not-exists` makes it exit 0.
#[test]
fn init_twice_is_a_conflict_and_changes_nothing() {
    let env = TestEnv::with_admin();
    let before = env.ok(&["user", "list", "--format", "json"]);
    let org = env.ok(&["config", "get", "org.name"]);
    let again = ["init", "--org", "Renamed", "--admin", "root2", "--name", "Two", "--email", "two@example.com"];
    let run = env.run(&[&again[..], &["--random-password"]].concat());
    assert_eq!(run.code, 4, "{run:?}");
    assert!(run.stderr.contains("already holds an organisation") && run.stderr.contains("--if-not-exists"), "{run:?}");
    let run = env.run(&[&again[..], &["--random-password", "--if-not-exists", "--format", "json"]].concat());
    assert_eq!(run.code, 0, "{run:?}");
    let shown: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(shown["admin"], serde_json::Value::Null, "{shown}");
    assert_eq!(shown["org"].as_str().unwrap_or_default(), org.trim());
    assert_eq!(env.ok(&["config", "get", "org.name"]), org, "the organisation was not renamed");
    assert_eq!(env.ok(&["user", "list", "--format", "json"]), before, "no second admin");
    // A database that only has a deleted user still holds an organisation.
    let fresh = TestEnv::new();
    fresh.ok(&["user", "add", "x", "--name", "X", "--email", "x@example.com", "--invite"]);
    fresh.ok(&["user", "delete", "x", "--yes"]);
    assert_eq!(fresh.run(&["init", "--org", "Late"]).code, 4);
}
