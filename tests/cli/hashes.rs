//! Password hashes from other systems, through the real binary: hashes made
//! at test time by independent Python implementations (tests/python) verify
//! with `auth verify`, and the argon2id hash that replaces them at the first
//! login verifies with argon2-cffi.
//!
//! Two ways in: straight into the database (`users.password_hash`), and
//! through `user import` with a `password_hash` column.

use std::process::Command;

use crate::testenv::{TestEnv, UserJson, python};

const PW: &str = "correct horse battery";
const WRONG: &str = "correct horse batterY";

/// The hash crmctl makes with its default policy.
const OURS: &str = "$argon2id$v=19$m=19456,t=2,p=1$";

/// A family, and the Python that hashes `sys.argv[1]` with it.
struct Family {
    name: &'static str,
    prefix: &'static str,
    python: &'static str,
}

const FAMILIES: &[Family] = &[
    Family {
        name: "bcrypt",
        prefix: "$2b$10$",
        python: "import bcrypt, sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(rounds=10)).decode())",
    },
    Family {
        name: "bcrypt-2a",
        prefix: "$2a$05$",
        python: "import bcrypt, sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt(rounds=5, prefix=b'2a')).decode())",
    },
    Family {
        name: "django",
        prefix: "pbkdf2_sha256$260000$",
        python: "import sys; from passlib.hash import django_pbkdf2_sha256 as h; print(h.using(rounds=260000).hash(sys.argv[1]))",
    },
    Family {
        // 5000 rounds are the default, written without `rounds=`.
        name: "sha512-implicit-rounds",
        prefix: "$6$",
        python: "import sys; from passlib.hash import sha512_crypt as h; print(h.using(rounds=5000).hash(sys.argv[1]))",
    },
    Family {
        name: "sha512-rounds",
        prefix: "$6$rounds=12000$",
        python: "import sys; from passlib.hash import sha512_crypt as h; print(h.using(rounds=12000).hash(sys.argv[1]))",
    },
    Family {
        name: "argon2id",
        prefix: "$argon2id$v=19$m=32768,t=3,p=2$",
        python: "import sys, argon2; print(argon2.PasswordHasher(time_cost=3, memory_cost=32768, parallelism=2).hash(sys.argv[1]))",
    },
    Family {
        name: "argon2i",
        prefix: "$argon2i$v=19$m=8192,t=3,p=1$",
        python: "import os, sys; from argon2 import low_level as a; \
                 print(a.hash_secret(sys.argv[1].encode(), os.urandom(16), time_cost=3, memory_cost=8192, \
                 parallelism=1, hash_len=32, type=a.Type.I).decode())",
    },
    Family {
        name: "argon2d",
        prefix: "$argon2d$v=19$m=8192,t=2,p=4$",
        python: "import os, sys; from argon2 import low_level as a; \
                 print(a.hash_secret(sys.argv[1].encode(), os.urandom(16), time_cost=2, memory_cost=8192, \
                 parallelism=4, hash_len=32, type=a.Type.D).decode())",
    },
];

/// Runs Python code in the test venv, asserts it succeeded, returns stdout trimmed.
fn py(code: &str, args: &[&str]) -> String {
    let out = Command::new(python()).arg("-c").arg(code).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "python -c {code:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Whether argon2-cffi's `PasswordHasher().verify` accepts `password` for `hash`.
fn argon2_cffi_verifies(hash: &str, password: &str) -> bool {
    let code = "import sys, argon2\n\
                try:\n    argon2.PasswordHasher().verify(sys.argv[1], sys.argv[2])\n\
                except argon2.exceptions.VerifyMismatchError:\n    sys.exit(1)";
    let out = Command::new(python()).arg("-c").arg(code).args([hash, password]).output().unwrap();
    match out.status.code() {
        Some(0) => true,
        Some(1) => false,
        _ => panic!("argon2-cffi failed on {hash}: {}", String::from_utf8_lossy(&out.stderr)),
    }
}

fn hash_of(family: &Family) -> String {
    let hash = py(family.python, &[PW]);
    assert!(hash.starts_with(family.prefix), "{}: {hash}", family.name);
    hash
}

fn stored(env: &TestEnv, username: &str) -> String {
    env.sql_with("SELECT password_hash FROM users WHERE username = ?1", &[&username])
}

fn verify(env: &TestEnv, username: &str, password: &str) -> crate::testenv::Run {
    env.run_stdin(&["auth", "verify", username, "--password-stdin"], &format!("{password}\n"))
}

/// The imported hash verifies the right password only, and the first login
/// replaces it with crmctl's argon2id, which argon2-cffi verifies.
fn logs_in_and_is_rehashed(env: &TestEnv, username: &str, imported: &str) {
    let run = verify(env, username, WRONG);
    assert_eq!(run.code, 1, "{username}: a wrong password\n{run:?}");
    assert_eq!(stored(env, username), imported, "{username}: a failed login changes no hash");

    let run = verify(env, username, PW);
    assert_eq!(run.code, 0, "{username}: the right password\n{run:?}");
    let new = stored(env, username);
    assert!(new.starts_with(OURS), "{username}: not rehashed to argon2id: {new}");
    assert!(argon2_cffi_verifies(&new, PW), "{username}: argon2-cffi refuses crmctl's {new}");
    assert!(!argon2_cffi_verifies(&new, WRONG), "{username}: argon2-cffi takes a wrong password for {new}");

    let run = verify(env, username, PW);
    assert_eq!(run.code, 0, "{username}: the new hash\n{run:?}");
    assert_eq!(stored(env, username), new, "{username}: rehashed once only");
    assert_eq!(verify(env, username, WRONG).code, 1, "{username}: a wrong password on the new hash");
}

/// Every family, written straight into `users.password_hash` of an invited
/// user made active: the login path alone, without the import.
#[test]
fn python_made_hashes_in_the_database_log_in_and_are_rehashed() {
    let env = TestEnv::with_admin();
    for family in FAMILIES {
        let username = family.name.replace('-', ".");
        env.invite(&username, &[]);
        let hash = hash_of(family);
        let changed = env.exec_with(
            "UPDATE users SET password_hash = ?1, status = 'active' WHERE username = ?2",
            &[&hash.as_str(), &username.as_str()],
        );
        assert_eq!(changed, 1);
        logs_in_and_is_rehashed(&env, &username, &hash);
    }
    let rehashed: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "auth.success"]);
    let rehashed = rehashed.iter().filter(|e| e["details"]["rehashed"] == true).count();
    assert_eq!(rehashed, FAMILIES.len(), "one rehash per family, recorded in the audit log");
}

#[test]
fn a_malformed_hash_in_the_database_fails_to_verify_and_is_kept() {
    let env = TestEnv::with_admin();
    env.invite("broken", &[]);
    let bcrypt = hash_of(&FAMILIES[0]);
    let truncated = &bcrypt[..bcrypt.len() - 1];
    for bad in [
        truncated,
        "$1$HRMsyjji$x7BvZSOV6o94QawZO4Byw0",
        "plain text",
        "$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo",
    ] {
        env.exec_with(
            "UPDATE users SET password_hash = ?1, status = 'active', failed_logins = 0 WHERE username = 'broken'",
            &[&bad],
        );
        let run = verify(&env, "broken", PW);
        assert_eq!(run.code, 1, "{bad}\n{run:?}");
        assert!(!run.stderr.contains("panicked"), "{run:?}");
        assert_eq!(stored(&env, "broken"), bad);
    }
}

// Through `user import FILE` with a `password_hash` column. The import takes
// that column on the import branch (merged by the lead): these tests are
// written to its contract and fail on this branch alone.

/// Writes a CSV with `header` and `rows`, quoted where needed (argon2
/// parameters hold commas).
fn csv_file(env: &TestEnv, name: &str, header: &[&str], rows: &[Vec<String>]) -> String {
    let path = env.path(name);
    let mut writer = csv::Writer::from_path(&path).unwrap();
    writer.write_record(header).unwrap();
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.flush().unwrap();
    path.to_str().unwrap().to_string()
}

/// `crmctl --db DB user import FILE --format json`: exit code and the parsed result.
fn import(env: &TestEnv, file: &str) -> (i32, serde_json::Value, crate::testenv::Run) {
    let db = env.db.to_str().unwrap();
    let run = env.run(&["--db", db, "user", "import", file, "--format", "json"]);
    let result = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    (run.code, result, run)
}

#[test]
fn imported_hashes_of_every_family_log_in_and_are_rehashed() {
    let env = TestEnv::with_admin();
    let rows: Vec<Vec<String>> = FAMILIES
        .iter()
        .map(|family| {
            let username = family.name.replace('-', ".");
            let email = format!("{username}@example.com");
            vec![username, format!("User {}", family.name), email, hash_of(family)]
        })
        .collect();
    let file = csv_file(&env, "hashes.csv", &["username", "name", "email", "password_hash"], &rows);
    let (code, result, run) = import(&env, &file);
    assert_eq!(code, 0, "{run:?}");
    assert_eq!(result["created"], FAMILIES.len(), "{run:?}");
    assert_eq!(result["rejected"], 0, "{run:?}");
    for row in &rows {
        let (username, hash) = (&row[0], &row[3]);
        let user: UserJson = env.json(&["user", "show", username]);
        assert_eq!(user.status, "active", "{username}");
        assert_eq!(&stored(&env, username), hash, "{username}: stored as it is");
        logs_in_and_is_rehashed(&env, username, hash);
    }
}

/// The error for line 2 in an import result, if there is one.
fn error_on_line_2(result: &serde_json::Value) -> Option<&serde_json::Value> {
    result["errors"].as_array()?.iter().find(|e| e["line"] == 2)
}

#[test]
fn a_hash_in_the_password_column_is_rejected_with_a_hint_to_password_hash() {
    let env = TestEnv::with_admin();
    let bcrypt = hash_of(&FAMILIES[0]);
    let row = vec!["lisi".to_string(), "Li Si".into(), "lisi@example.com".into(), bcrypt.clone()];
    let file = csv_file(&env, "password.csv", &["username", "name", "email", "password"], &[row]);
    let (code, result, run) = import(&env, &file);
    assert_eq!(code, 5, "{run:?}");
    let error = error_on_line_2(&result).unwrap_or_else(|| panic!("no error for line 2: {run:?}"));
    assert_eq!(error["field"], "password", "{run:?}");
    let said = format!("{error}{}", run.stderr);
    assert!(said.contains("password_hash"), "no hint to use password_hash: {run:?}");
    assert!(!error["message"].as_str().unwrap_or("").contains(&bcrypt), "the hash is echoed: {run:?}");
    assert_eq!(env.run(&["user", "show", "lisi"]).code, 3, "not created");
}

#[test]
fn a_malformed_password_hash_cell_is_rejected() {
    let env = TestEnv::with_admin();
    let bcrypt = hash_of(&FAMILIES[0]);
    for (n, bad) in [
        bcrypt[..bcrypt.len() - 1].to_string(),
        "$1$HRMsyjji$x7BvZSOV6o94QawZO4Byw0".to_string(),
        "9028ea0d15decaa35b2da21c0290af3b1a5ba0a30a591906f89b5074e209ea72".to_string(),
        "pbkdf2_sha256$260000$salt$not-base64".to_string(),
    ]
    .into_iter()
    .enumerate()
    {
        let username = format!("bad{n}");
        let row = vec![username.clone(), "Bad Hash".into(), format!("{username}@example.com"), bad.clone()];
        let file = csv_file(&env, &format!("bad{n}.csv"), &["username", "name", "email", "password_hash"], &[row]);
        let (code, result, run) = import(&env, &file);
        assert_eq!(code, 5, "{bad}: {run:?}");
        let error = error_on_line_2(&result).unwrap_or_else(|| panic!("{bad}: no error for line 2: {run:?}"));
        assert_eq!(error["field"], "password_hash", "{bad}: {run:?}");
        assert_eq!(env.run(&["user", "show", &username]).code, 3, "{bad}: not created");
    }
}
