//! `user import` and `user export` through the real binary, on fixture files
//! as Excel writes them (GBK, UTF-16, BOM, semicolons, bad rows).

use std::path::PathBuf;

use crate::testenv::{TestEnv, UserJson, mode};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).to_str().unwrap().to_string()
}

#[derive(Debug, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Result {
    dry_run: bool,
    rows: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    skipped: u64,
    rejected: u64,
    errors: Vec<RowError>,
}

#[derive(Debug, serde::Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RowError {
    line: u64,
    field: String,
    value: String,
    message: String,
}

fn import(env: &TestEnv, args: &[&str]) -> (i32, Result, String) {
    let mut full = vec!["user", "import"];
    full.extend(args);
    full.extend(["--format", "json"]);
    let run = env.run(&full);
    let parsed = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    (run.code, parsed, run.stderr)
}

fn names(env: &TestEnv) -> Vec<String> {
    let users: Vec<UserJson> = env.json(&["user", "list"]);
    users.into_iter().map(|u| u.username).collect()
}

#[test]
fn gbk_file_with_chinese_headers_and_derived_usernames() {
    let env = TestEnv::with_admin();
    let (code, r, stderr) = import(&env, &[&fixture("employees-gbk.csv")]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!((r.rows, r.created, r.rejected), (3, 3, 0));
    assert!(
        stderr.contains("序号") && stderr.contains("性别") && stderr.contains("入职日期"),
        "unknown columns warned: {stderr}"
    );
    assert_eq!(stderr.matches("ignored columns").count(), 1, "warned once");
    assert_eq!(names(&env), ["root", "zhang.san", "li.si", "zhang.san2"], "usernames from the email, made unique");
    let u: UserJson = env.json(&["user", "show", "E1001"]);
    assert_eq!(
        (u.name.as_str(), u.phone.as_deref(), u.department.as_deref(), u.title.as_deref()),
        ("张三", Some("+8613812345678"), Some("销售部/华东区"), Some("销售代表"))
    );
    assert_eq!(u.status, "invited");
}

#[test]
fn utf16_tab_and_bom_semicolon_crlf_files() {
    let env = TestEnv::with_admin();
    let (code, r, stderr) = import(&env, &[&fixture("employees-utf16.csv")]);
    assert_eq!((code, r.created), (0, 2), "{stderr}");
    let (code, r, stderr) = import(&env, &[&fixture("employees-bom-semicolon.csv")]);
    assert_eq!((code, r.created), (0, 2), "{stderr}");
    let u: UserJson = env.json(&["user", "show", "E2002"]);
    assert_eq!(
        (u.name.as_str(), u.department.as_deref(), u.username.as_str()),
        ("钱七", Some("市场部/线上"), "qianqi")
    );
    // The preview names what was detected and how each header was mapped.
    let env = TestEnv::with_admin();
    let preview = env.ok(&["user", "import", &fixture("employees-utf16.csv"), "--dry-run"]);
    assert!(preview.contains("UTF-16LE") && preview.contains("delimiter tab"), "{preview}");
    let preview = env.ok(&["user", "import", &fixture("employees-bom-semicolon.csv"), "--dry-run"]);
    assert!(preview.contains("UTF-8") && preview.contains("delimiter ';'"), "{preview}");
    assert!(preview.lines().any(|l| l.contains("Employee No.") && l.contains("employee_id")), "{preview}");
    let preview = env.ok(&["user", "import", &fixture("employees-gbk.csv"), "--dry-run"]);
    assert!(
        preview.contains("gb18030") && preview.lines().any(|l| l.contains("员工姓名") && l.contains("name")),
        "{preview}"
    );
    assert_eq!(names(&env), ["root"], "a dry run writes nothing");
}

#[test]
fn quoted_fields_with_commas_and_line_breaks() {
    let env = TestEnv::with_admin();
    let (code, r, stderr) = import(&env, &[&fixture("employees-utf8.csv")]);
    assert_eq!((code, r.created, r.rejected), (0, 3, 0), "{stderr} {r:?}");
    let lisi: UserJson = env.json(&["user", "show", "lisi"]);
    assert_eq!(lisi.title.as_deref(), Some("Team lead North"), "an Alt+Enter line break becomes a space");
    assert_eq!(lisi.roles.iter().map(|r| r.role.as_str()).collect::<Vec<_>>(), ["sales-manager", "viewer"]);
    let zs: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert_eq!(zs.title.as_deref(), Some("Sales, East"));
}

#[test]
fn bad_rows_are_reported_by_line_field_value_and_reason() {
    let env = TestEnv::with_admin();
    let report = env.path("rejected.csv");
    let (code, r, _) = import(&env, &[&fixture("bad-rows.csv"), "--report", report.to_str().unwrap()]);
    assert_eq!(code, 5);
    assert_eq!((r.dry_run, r.rows, r.created, r.rejected), (false, 9, 2, 7));
    let by_line: Vec<(u64, &str)> = r.errors.iter().map(|e| (e.line, e.field.as_str())).collect();
    assert_eq!(
        by_line,
        [(3, "email"), (4, "phone"), (5, "email"), (6, "roles"), (7, "name"), (8, "employee_id"), (9, "username")]
    );
    assert_eq!(r.errors[0].value, "li@@x");
    assert!(r.errors[1].message.contains("scientific notation"));
    assert!(r.errors[2].message.contains("duplicate of line 2"));
    assert!(r.errors[5].message.contains("duplicate of line 2"));
    assert!(r.errors[6].message.contains("non-ASCII"));
    assert_eq!(names(&env), ["root", "good1", "good3"]);
    // The report: UTF-8 with BOM, the rows as given plus line and error; fixed, it imports.
    let bytes = std::fs::read(&report).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, ["username", "name", "email", "phone", "employee_id", "roles", "line", "error"]);
    let records: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 7);
    assert_eq!((&records[0][2], &records[0][6]), ("li@@x", "3"));
    assert!(records[0][7].contains("email"));
    let fixed = text
        .replace("li@@x", "li@example.com")
        .replace("1.38E+10", "13800000000")
        .replace("GOOD1@example.com", "dup@example.com")
        .replace("wizard", "viewer")
        .replace(",,noname@", ",No Name,noname@")
        .replace("good2,Good Two,good2@example.com,,B001", "good2,Good Two,good2@example.com,,B009")
        .replace("ＡＢＣ", "abc");
    let fixed_path = env.path("fixed.csv");
    std::fs::write(&fixed_path, fixed).unwrap();
    let (code, r, stderr) = import(&env, &[fixed_path.to_str().unwrap()]);
    assert_eq!((code, r.created, r.rejected), (0, 7, 0), "{stderr} {r:?}");
    assert!(stderr.contains("line") && stderr.contains("error"), "line/error columns are ignored with a warning");
}

#[test]
fn atomic_and_dry_run_write_nothing() {
    let env = TestEnv::with_admin();
    let before: i64 = env.sql("SELECT count(*) FROM audit");
    let (code, r, _) = import(&env, &[&fixture("bad-rows.csv"), "--atomic"]);
    assert_eq!((code, r.created, r.rejected), (5, 2, 7), "counts say what would have been created");
    assert_eq!(names(&env), ["root"]);
    let (code, r, _) = import(&env, &[&fixture("employees-utf8.csv"), "--dry-run"]);
    assert_eq!((code, r.dry_run, r.created), (0, true, 3));
    let (code, _, _) = import(&env, &[&fixture("bad-rows.csv"), "--dry-run"]);
    assert_eq!(code, 5, "a dry run that finds errors is exit 5");
    assert_eq!(names(&env), ["root"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), before);
}

#[test]
fn on_conflict_error_skip_update_and_a_second_run_changes_nothing() {
    let env = TestEnv::with_admin();
    let file = fixture("employees-utf8.csv");
    assert_eq!(import(&env, &[&file]).0, 0);
    let (code, r, _) = import(&env, &[&file]);
    assert_eq!((code, r.rejected), (5, 3), "default: existing users are rejected");
    assert!(r.errors[0].message.contains("already taken"));
    let (code, r, _) = import(&env, &[&file, "--on-conflict", "skip"]);
    assert_eq!((code, r.skipped, r.created), (0, 3, 0));
    let (code, r, _) = import(&env, &[&file, "--on-conflict", "update"]);
    assert_eq!((code, r.updated, r.unchanged), (0, 0, 3), "identical rows count as unchanged");
    // A changed file updates only what changed.
    let changed = std::fs::read_to_string(&file).unwrap().replace("Accountant", "Senior Accountant");
    let path = env.path("changed.csv");
    std::fs::write(&path, changed).unwrap();
    let audit_before: i64 = env.sql("SELECT count(*) FROM audit");
    let (code, r, _) = import(&env, &[path.to_str().unwrap(), "--on-conflict", "update"]);
    assert_eq!((code, r.updated, r.unchanged), (0, 1, 2));
    let u: UserJson = env.json(&["user", "show", "wangwu"]);
    assert_eq!(u.title.as_deref(), Some("Senior Accountant"));
    let updates: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "user.update"]);
    assert_eq!(updates.last().unwrap()["details"]["changes"]["title"]["to"], "Senior Accountant");
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), audit_before + 2, "one update and the import entry");
    let (_, r, _) = import(&env, &[path.to_str().unwrap(), "--on-conflict", "update"]);
    assert_eq!((r.updated, r.unchanged), (0, 3), "running it again changes nothing");
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn default_role_map_encoding_and_delimiter_flags() {
    let env = TestEnv::with_admin();
    let path = env.path("custom.csv");
    std::fs::write(&path, "Nom|Courriel|Poste\nJean|jean@example.com|Dev\n").unwrap();
    let run = env.run(&["user", "import", path.to_str().unwrap(), "--delimiter", "|", "--map", "Nom=name"]);
    assert_eq!(run.code, 2, "'|' is not a delimiter crmctl knows: {run:?}");
    std::fs::write(&path, "Nom;Courriel;Poste\nJean;jean@example.com;Dev\n").unwrap();
    let run = env.run(&["user", "import", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 5, "no name/email column without --map: {run:?}");
    assert!(run.stderr.contains("--map"));
    let (code, r, _) = import(
        &env,
        &[
            path.to_str().unwrap(),
            "--delimiter",
            ";",
            "--map",
            "Nom=name",
            "--map",
            "Courriel=email",
            "--map",
            "Poste=title",
            "--default-role",
            "viewer",
        ],
    );
    assert_eq!((code, r.created), (0, 1));
    let u: UserJson = env.json(&["user", "show", "jean"]);
    assert_eq!((u.title.as_deref(), u.roles[0].role.as_str()), (Some("Dev"), "viewer"));
    assert_eq!(env.run(&["user", "import", path.to_str().unwrap(), "--map", "Nom=nickname"]).code, 2);
    let wizard = [
        "user",
        "import",
        path.to_str().unwrap(),
        "--map",
        "Nom=name",
        "--map",
        "Courriel=email",
        "--default-role",
        "wizard",
    ];
    assert_eq!(env.run(&wizard).code, 3);
    // A GBK file read as UTF-8 by mistake fails to match its headers; auto gets it right.
    let run = env.run(&["user", "import", &fixture("employees-gbk.csv"), "--encoding", "utf-8", "--dry-run"]);
    assert_eq!(run.code, 5, "{run:?}");
    let run = env.run(&["user", "import", &fixture("employees-gbk.csv"), "--encoding", "gbk", "--dry-run"]);
    assert_eq!(run.code, 0, "{run:?}");
    env.fails(&["user", "import", "/nonexistent.csv"], 3);
}

#[test]
fn stdin_import() {
    let env = TestEnv::with_admin();
    let data = std::fs::read_to_string(fixture("employees-utf8.csv")).unwrap();
    let run = env.run_stdin(&["user", "import", "-", "--format", "json"], &data);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(names(&env).len(), 4);
}

#[test]
fn passwords_invitations_and_credentials() {
    let env = TestEnv::with_admin();
    let path = env.path("with-passwords.csv");
    std::fs::write(&path, "name,email,password\nA,a@example.com,correct horse battery\nB,b@example.com,short\n")
        .unwrap();
    let (code, r, _) = import(&env, &[path.to_str().unwrap()]);
    assert_eq!((code, r.created, r.rejected), (5, 1, 1));
    assert_eq!(r.errors[0].value, "(hidden)", "a password is never echoed");
    let hash: String = env.sql("SELECT password_hash FROM users WHERE username = 'a'");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    let ok = env.run_stdin(&["auth", "verify", "a", "--password-stdin"], "correct horse battery\n");
    assert_eq!(ok.code, 0);

    let creds = env.path("creds.csv");
    let (code, r, _) = import(
        &env,
        &[&fixture("employees-utf16.csv"), "--random-password", "--credentials-out", creds.to_str().unwrap()],
    );
    assert_eq!((code, r.created), (0, 2));
    assert_eq!(mode(&creds), 0o600);
    let text = std::fs::read_to_string(&creds).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("username,password"));
    let (user, pw) = lines.next().unwrap().split_once(',').unwrap();
    let login = env.run_stdin(&["auth", "verify", user, "--password-stdin", "--format", "json"], &format!("{pw}\n"));
    assert!(login.stdout.contains("\"must_change_password\": true"), "{login:?}");
    assert_eq!(env.run(&["user", "import", &fixture("employees-utf16.csv"), "--random-password"]).code, 2);

    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let (code, r, _) = import(&env, &[&fixture("employees-bom-semicolon.csv"), "--invite", "--send"]);
    assert_eq!((code, r.created), (0, 2));
    let invitations: Vec<serde_json::Value> = env.json(&["invite", "list", "--status", "pending"]);
    assert_eq!(invitations.len(), 2);
    assert_eq!(std::fs::read_dir(&outbox).unwrap().count(), 2, "one mail per new user");
    // Without --invite or a password, new users are invited with no invitation.
    let (_, r, _) = import(&env, &[&fixture("employees-gbk.csv")]);
    assert_eq!(r.created, 3);
    let invitations: Vec<serde_json::Value> = env.json(&["invite", "list"]);
    assert_eq!(invitations.len(), 2);
}

#[test]
fn seat_limit_is_checked_for_the_whole_batch() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "3"]);
    let run = env.run(&["user", "import", &fixture("employees-utf8.csv")]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("of 3 seats in use"));
    assert_eq!(names(&env), ["root"], "nothing written");
}

#[test]
fn a_delegated_admin_imports_only_into_its_scope() {
    let env = TestEnv::with_admin();
    env.active("lisi", "correct horse battery", &["--department", "销售部"]);
    env.ok(&["role", "assign", "lisi", "dept-admin", "--department", "销售部"]);
    let token: serde_json::Value = env.json(&["token", "create", "lisi"]);
    let as_lisi = |file: &str| {
        let mut cmd = env.command(&["user", "import", file, "--format", "json"]);
        cmd.env("CRMCTL_TOKEN", token["token"].as_str().unwrap());
        let run = env.run_with(cmd, None);
        let r: Result = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
        (run.code, r)
    };
    let (code, r) = as_lisi(&fixture("employees-utf8.csv"));
    assert_eq!((code, r.created, r.rejected), (5, 0, 3), "roles lisi lacks, and 财务部, are refused: {r:?}");
    assert!(r.errors.iter().any(|e| e.message.contains("not permitted to grant role sales-rep")));
    assert!(r.errors.iter().any(|e| e.line == 5 && e.message.contains("department scope")), "{r:?}");
    let path = env.path("east.csv");
    std::fs::write(
        &path,
        "name,email,department
新人,xr@example.com,销售部/华东区
外人,wr@example.com,财务部
",
    )
    .unwrap();
    let (code, r) = as_lisi(path.to_str().unwrap());
    assert_eq!((code, r.created, r.rejected), (5, 1, 1), "{r:?}");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "user.import", "--limit", "1"]);
    assert_eq!(entries[0]["actor"], "user:lisi");
}

#[test]
fn export_csv_neutralises_formulas_and_json_matches_the_spec() {
    let env = TestEnv::with_admin();
    env.invite(
        "zhangsan",
        &["--phone", "13812345678", "--title", "=HYPERLINK(\"http://x\")", "--department", "销售部"],
    );
    let out = env.ok(&["user", "export"]);
    assert!(out.starts_with("id,username,name,email,phone"), "{out}");
    assert!(out.contains("'+8613812345678"), "{out}");
    assert!(out.contains("'=HYPERLINK"), "{out}");
    let file = env.path("export.csv");
    env.ok(&["user", "export", "--output", file.to_str().unwrap()]);
    assert_eq!(mode(&file), 0o600);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with BOM for Excel");
    let users: Vec<UserJson> = env.json(&["user", "export"]);
    assert_eq!(users.len(), 2);
    // What export writes, import reads back (the protective quote is removed).
    let other = TestEnv::with_admin();
    let path = other.path("roundtrip.csv");
    std::fs::write(&path, out.replace("root@example.com", "root2@example.com").replace(",root,", ",root2,")).unwrap();
    let (code, r, stderr) = import(&other, &[path.to_str().unwrap()]);
    assert_eq!((code, r.created), (0, 2), "{stderr} {r:?}");
    let u: UserJson = other.json(&["user", "show", "zhangsan"]);
    assert_eq!(u.phone.as_deref(), Some("+8613812345678"));
}

#[test]
fn an_import_is_one_audit_entry_that_names_the_users_it_created() {
    let env = TestEnv::with_admin();
    let before: i64 = env.sql("SELECT count(*) FROM audit");
    assert_eq!(import(&env, &[&fixture("employees-utf8.csv")]).0, 0);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), before + 1, "one entry for the batch");
    let lisi: i64 = env.sql("SELECT id FROM users WHERE username = 'lisi'");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--user", "lisi"]);
    assert_eq!(entries.len(), 1, "{entries:?}");
    let details = &entries[0]["details"];
    assert_eq!(entries[0]["action"], "user.import");
    assert_eq!(details["created"], 3);
    let ids = details["ids"].as_array().unwrap();
    assert!(ids.iter().any(|r| r[0].as_i64() <= Some(lisi) && Some(lisi) <= r[1].as_i64()), "{details}");
    assert_eq!(details["roles"]["sales-manager"], 1, "{details}");
    // Users created before and after are not named by it.
    assert!(
        env.json::<Vec<serde_json::Value>>(&["audit", "list", "--user", "root"])
            .iter()
            .all(|e| e["action"] != "user.import")
    );
    // The entry holds no personal data: a purge leaves it, and the chain checks.
    env.ok(&["user", "delete", "lisi", "--yes"]);
    env.ok(&["user", "purge", "lisi", "--yes"]);
    assert!(env.ok(&["audit", "verify"]).contains("intact"));
    assert_eq!(env.json::<Vec<serde_json::Value>>(&["audit", "list", "--action", "user.import"]).len(), 1);
}

#[test]
fn a_manager_column_may_name_a_later_row_and_an_unknown_manager_is_rejected() {
    let env = TestEnv::with_admin();
    let path = env.path("managers.csv");
    std::fs::write(
        &path,
        "username,name,email,manager
wangwu,Wang Wu,wangwu@example.com,zhaoliu
zhaoliu,Zhao Liu,zhaoliu@example.com,
sunqi,Sun Qi,sunqi@example.com,nobody
",
    )
    .unwrap();
    let report = env.path("rejected.csv");
    let (code, r, _) = import(&env, &[path.to_str().unwrap(), "--report", report.to_str().unwrap()]);
    assert_eq!((code, r.created, r.rejected), (5, 2, 1), "{r:?}");
    assert_eq!((r.errors[0].line, r.errors[0].field.as_str()), (4, "manager"));
    let u: UserJson = env.json(&["user", "show", "wangwu"]);
    assert_eq!(u.manager.as_deref(), Some("zhaoliu"));
    assert_eq!(names(&env), ["root", "wangwu", "zhaoliu"]);
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("sunqi") && text.contains("manager: no user 'nobody'"), "{text}");
}
