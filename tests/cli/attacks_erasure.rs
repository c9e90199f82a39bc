//! Erasure and anchors (SPEC "Audit, backup, health"): after `user purge`
//! the person is nowhere in the database file or its WAL, yet `audit verify`
//! passes; `audit head`, `backup` and syslog give heads to keep elsewhere,
//! and `audit verify --expect` finds a chain tampered with or rewritten
//! from scratch.

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::testenv::{Run, TestEnv};

/// Everything that identifies the person to be purged, as stored.
const IDENTIFIERS: &[&str] =
    &["zqxpurge", "Zqxname", "Purgeme", "zqx-purge@example.com", "13912345678", "13987654321", "ZQX-90210", "zqxold"];

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    id: i64,
    hash: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: i64,
    at: String,
    actor: String,
    action: String,
    target: String,
    details: serde_json::Value,
    hash: String,
}

fn as_token(env: &TestEnv, token: &str, args: &[&str]) -> Run {
    let mut cmd = env.command(args);
    cmd.env("CRMCTL_TOKEN", token);
    env.run_with(cmd, None)
}

/// root; the person (once `zqxold`), dept-admin of 销售部, acting through a
/// token; `bystander`, whose manager they were; `leaver`, who handed
/// customers to them. Returns the person's id.
fn org_with_the_person() -> (TestEnv, i64) {
    let env = TestEnv::with_admin();
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "zqxold",
            "--name",
            "Zqxname Purgeme",
            "--email",
            "zqx-purge@example.com",
            "--phone",
            "+86 139 1234 5678",
            "--employee-id",
            "ZQX-90210",
            "--department",
            "销售部",
            "--password-stdin",
            "--format",
            "json",
        ],
        "quiet meadow lantern 77\n",
    );
    assert_eq!(run.code, 0, "{run:?}");
    let id = serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap()["id"].as_i64().unwrap();
    env.ok(&["user", "update", "zqxold", "--username", "zqxpurge"]);
    env.ok(&["role", "assign", "zqxpurge", "dept-admin", "--department", "销售部"]);
    env.invite("bystander", &["--department", "销售部", "--manager", "zqxpurge"]);
    env.invite("leaver", &["--department", "销售部"]);
    env.ok(&["user", "disable", "leaver", "--reason", "moved away", "--transfer-to", "zqxpurge"]);
    // Acting as the person, through a token.
    let token: serde_json::Value = env.json(&["token", "create", "zqxpurge"]);
    let token = token["token"].as_str().unwrap().to_string();
    let run = as_token(&env, &token, &["user", "update", "bystander", "--title", "Rep"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = as_token(&env, &token, &["token", "list"]);
    assert_eq!(run.code, 0, "{run:?}");
    // The person's data changed by someone else, and someone else's manager changed from them.
    env.ok(&["user", "update", "zqxpurge", "--phone", "+86 139 8765 4321", "--title", "Lead"]);
    env.ok(&["user", "update", "bystander", "--manager", "root"]);
    (env, id)
}

/// The raw bytes of the database file and of its WAL, if there is one.
fn raw_files(env: &TestEnv) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![("db".to_string(), std::fs::read(&env.db).unwrap())];
    if let Ok(wal) = std::fs::read(env.db.with_extension("db-wal")) {
        out.push(("wal".to_string(), wal));
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn head(env: &TestEnv) -> Head {
    env.json(&["audit", "head"])
}

fn verify_expecting(env: &TestEnv, head: &Head) -> Run {
    env.run(&["audit", "verify", "--expect", &format!("{}:{}", head.id, head.hash)])
}

#[test]
fn a_purged_user_is_nowhere_in_the_file_and_the_log_still_verifies() {
    if crate::testenv::sqlite_only("attacks_erasure::a_purged_user_is_nowhere_in_the_file_and_the_log_still_verifies") {
        return;
    }
    let (env, id) = org_with_the_person();
    let files = raw_files(&env);
    assert!(
        files.iter().any(|(_, bytes)| contains(bytes, "zqx-purge@example.com")),
        "the test must see the person before the purge"
    );
    env.ok(&["user", "purge", "zqxpurge", "--yes"]);

    for (name, bytes) in raw_files(&env) {
        for identifier in IDENTIFIERS {
            assert!(!contains(&bytes, identifier), "{identifier} is still in the {name} file");
        }
    }
    let out = env.ok(&["audit", "verify"]);
    assert!(out.contains("intact"), "{out}");

    let entries: Vec<Entry> = env.json(&["audit", "list"]);
    let text = serde_json::to_string(&env.json::<serde_json::Value>(&["audit", "list"])).unwrap();
    for identifier in IDENTIFIERS {
        assert!(!contains(text.as_bytes(), identifier), "{identifier} is still in `audit list`");
    }
    // What the person did through the token is kept, under a pseudonym.
    let pseudonym = format!("user:#{id}");
    let by_them: Vec<&Entry> = entries.iter().filter(|e| e.actor == pseudonym).collect();
    assert!(by_them.iter().any(|e| e.action == "user.update" && e.target == "bystander"), "{by_them:?}");
    // Another actor's entries keep action, actor, time and which fields changed.
    let superuser = entries[0].actor.as_str();
    assert!(superuser.starts_with("os:"), "{superuser}");
    let about_them: Vec<&Entry> =
        entries.iter().filter(|e| e.target == format!("#{id}") && e.action == "user.update").collect();
    let changed_phone = about_them.iter().find(|e| e.details["changes"].get("phone").is_some()).unwrap();
    assert_eq!(changed_phone.actor, superuser);
    assert!(changed_phone.at.ends_with('Z') && changed_phone.hash.len() == 64);
    assert!(changed_phone.details["changes"].get("title").is_some());
    let manager_change =
        entries.iter().find(|e| e.target == "bystander" && e.details["changes"].get("manager").is_some()).unwrap();
    assert_eq!(manager_change.actor, superuser);
    assert_eq!(manager_change.details["changes"]["manager"]["to"], "root", "only the person's values go");
    let disable = entries.iter().find(|e| e.action == "user.disable" && e.target == "leaver").unwrap();
    assert_eq!(disable.details["reason"], "moved away");
    let purge = entries.last().unwrap();
    assert_eq!((purge.action.as_str(), purge.actor.as_str()), ("user.purge", superuser));
    assert!(entries.iter().all(|e| e.id > 0));
}

/// SHA-256 over fields each followed by a NUL byte, as the audit log hashes.
fn sha(fields: &[&str]) -> String {
    let mut h = Sha256::new();
    for f in fields {
        h.update(f.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

/// id, at, actor, actor_identity, action, target_user_id, target, details.
type Row = (i64, String, String, String, String, Option<i64>, String, String);

/// Rewrites entry `from` (its details) and every hash after it, as an
/// attacker who knows the formula would: a plain `audit verify` passes.
fn rewrite_chain_from(env: &TestEnv, from: i64) {
    let mut prev: String = env.sql_with("SELECT hash FROM audit WHERE id = ?1", &[&(from - 1)]);
    let rows: Vec<Row> = env
        .rows(
            "SELECT id, at, actor, actor_identity, action, target_user_id, target, details FROM audit \
             WHERE id >= ?1 ORDER BY id",
            &[&from],
        )
        .iter()
        .map(|r| {
            (r[0].int(), r[1].text(), r[2].text(), r[3].text(), r[4].text(), r[5].opt_int(), r[6].text(), r[7].text())
        })
        .collect();
    for (id, at, actor, identity, action, about, target, mut details) in rows {
        if id == from {
            details = r#"{"forged":true}"#.to_string();
        }
        let digest = sha(&[&actor, &target, &details]);
        let about = about.map(|a| a.to_string()).unwrap_or_default();
        let hash = sha(&[&prev, &id.to_string(), &at, &identity, &action, &about, &digest]);
        env.exec_with(
            "UPDATE audit SET details = ?2, pii_digest = ?3, prev_hash = ?4, hash = ?5 WHERE id = ?1",
            &[&id, &details, &digest, &prev, &hash],
        );
        env.exec_with("UPDATE meta SET value = ?1 WHERE key = 'audit_head'", &[&format!("{id}:{hash}")]);
        prev = hash;
    }
}

#[test]
fn verify_expect_finds_a_changed_hash_and_a_chain_rewritten_from_scratch() {
    let (env, _) = org_with_the_person();
    let before = head(&env);
    assert!(before.id > 5 && before.hash.len() == 64);
    assert_eq!(verify_expecting(&env, &before).code, 0);
    let table = env.ok(&["audit", "head"]);
    assert!(table.contains(&before.hash), "{table}");
    let csv = env.ok(&["audit", "head", "--format", "csv"]);
    assert_eq!(csv, format!("id,hash\n{},{}\n", before.id, before.hash));

    // Malformed: exit 5, naming the flag.
    for bad in ["nonsense", "12", "x:abc", &format!("{}:{}", before.id, &before.hash[..10])] {
        let err = env.fails(&["audit", "verify", "--expect", bad], 5);
        assert!(err.contains("--expect"), "{err}");
    }
    // An entry that is gone.
    let err = env.fails(&["audit", "verify", "--expect", &format!("{}:{}", before.id + 100, before.hash)], 1);
    assert!(err.contains(&format!("#{}", before.id + 100)) && err.contains("gone"), "{err}");

    // The whole chain rewritten consistently from entry 3: a plain verify passes, --expect does not.
    rewrite_chain_from(&env, 3);
    env.ok(&["audit", "verify"]);
    let run = verify_expecting(&env, &before);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains(&format!("#{}", before.id)), "{run:?}");

    // A new head, then one entry's hash edited: exit 1 against the head after as well.
    let after = head(&env);
    assert_ne!(after.hash, before.hash);
    assert_eq!(verify_expecting(&env, &after).code, 0);
    env.exec_with("UPDATE audit SET hash = ?1 WHERE id = ?2", &[&"ab".repeat(32), &after.id]);
    for anchor in [&before, &after] {
        let run = verify_expecting(&env, anchor);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stderr.contains(&format!("#{}", after.id)), "{run:?}");
    }
}

#[test]
fn backup_prints_the_head_the_copy_holds() {
    let (env, _) = org_with_the_person();
    let copy = env.path("copy.db");
    let out = env.ok(&["backup", copy.to_str().unwrap(), "--format", "json"]);
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    let in_copy: Head = env.json(&["audit", "head", "--db", copy.to_str().unwrap()]);
    assert_eq!(printed["audit_head"]["id"], in_copy.id);
    assert_eq!(printed["audit_head"]["hash"], in_copy.hash.as_str());
    let live = head(&env);
    assert_eq!((live.id, live.hash.as_str()), (in_copy.id, in_copy.hash.as_str()));
    let table = env.ok(&["backup", env.path("copy2.db").to_str().unwrap()]);
    assert!(table.contains(&live.hash), "{table}");
}

#[test]
fn every_new_entry_goes_to_syslog_and_a_dead_syslog_fails_nothing() {
    let mut env = TestEnv::with_admin();
    let socket = env.path("log.sock");
    let listener = UnixDatagram::bind(&socket).unwrap();
    listener.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let config = env.path("config.toml");
    std::fs::write(&config, format!("[audit]\nsyslog = true\nsyslog_socket = \"{}\"\n", socket.display())).unwrap();
    env.env("CRMCTL_CONFIG", config.to_str().unwrap());

    env.ok(&["config", "set", "seat_limit", "10"]);
    env.invite("zhangsan", &[]);
    // config.set, user.add and invite.create: the entries written since syslog was on.
    let entries: Vec<Entry> = env.json(&["audit", "list", "--limit", "3"]);
    assert_eq!(entries[0].action, "config.set");
    let mut messages = Vec::new();
    let mut buf = [0u8; 2048];
    while let Ok(n) = listener.recv(&mut buf) {
        messages.push(String::from_utf8_lossy(&buf[..n]).into_owned());
        listener.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    }
    assert_eq!(messages.len(), 3, "{messages:?}");
    for (entry, message) in entries.iter().zip(&messages) {
        assert!(message.contains(&format!("id={} ", entry.id)), "{message} for {entry:?}");
        assert!(message.contains(&format!("action={} ", entry.action)), "{message}");
        assert!(message.contains(&format!("hash={}", entry.hash)), "{message}");
        assert!(!message.contains("zhangsan"), "no personal data in syslog: {message}");
    }

    // Nobody listening: the command still succeeds, with a warning.
    drop(listener);
    std::fs::remove_file(&socket).unwrap();
    let run = env.run(&["config", "set", "seat_limit", "11"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("syslog"), "{run:?}");
    assert_eq!(env.sql::<String>("SELECT value FROM settings WHERE key = 'seat_limit'"), "11");
}
