//! The audit log: every change recorded with its actor, filters, and
//! `audit verify` finding entries changed or deleted behind crmctl's back.

use crate::testenv::{TestEnv, superuser_actor};

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

fn busy_env() -> TestEnv {
    let env = TestEnv::with_admin();
    env.invite("zhangsan", &["--department", "销售部"]);
    env.ok(&["user", "update", "zhangsan", "--title", "Rep"]);
    env.ok(&["user", "disable", "zhangsan", "--reason", "left"]);
    env.ok(&["config", "set", "seat_limit", "10"]);
    env
}

#[test]
fn every_change_is_recorded_with_actor_action_and_target() {
    let env = busy_env();
    let entries: Vec<Entry> = env.json(&["audit", "list"]);
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["config.set", "user.add", "user.add", "invite.create", "user.update", "user.disable", "config.set"]
    );
    assert!(entries.iter().all(|e| e.actor == superuser_actor()), "SUDO_USER is the actor");
    assert_eq!(entries[2].target, "zhangsan");
    assert_eq!(entries[2].details["department"], "销售部");
    assert!(entries.iter().all(|e| e.hash.len() == 64 && e.at.ends_with('Z')));
    assert_eq!(entries.iter().map(|e| e.id).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6, 7]);
    // A failed command writes nothing.
    env.fails(&["user", "add", "zhangsan", "--name", "x", "--email", "x@example.com", "--invite"], 4);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM audit"), 7);
}

#[test]
fn list_filters() {
    let env = busy_env();
    let by_user: Vec<Entry> = env.json(&["audit", "list", "--user", "zhangsan"]);
    assert_eq!(by_user.len(), 4);
    let family: Vec<Entry> = env.json(&["audit", "list", "--action", "config"]);
    assert_eq!(family.len(), 2);
    let exact: Vec<Entry> = env.json(&["audit", "list", "--action", "user.add"]);
    assert_eq!(exact.len(), 2);
    let actor: Vec<Entry> = env.json(&["audit", "list", "--actor", "os:someone-else"]);
    assert!(actor.is_empty());
    let latest: Vec<Entry> = env.json(&["audit", "list", "--limit", "2"]);
    assert_eq!(latest.iter().map(|e| e.id).collect::<Vec<_>>(), [6, 7]);
    let future: Vec<Entry> = env.json(&["audit", "list", "--since", "2999-01-01"]);
    assert!(future.is_empty());
    let past: Vec<Entry> = env.json(&["audit", "list", "--until", "2000-01-01"]);
    assert!(past.is_empty());
    let today = chrono_today();
    let until_today: Vec<Entry> = env.json(&["audit", "list", "--since", &today, "--until", &today]);
    assert_eq!(until_today.len(), 7, "--until with a date includes that day");
    env.fails(&["audit", "list", "--since", "yesterday"], 5);
    env.fails(&["audit", "list", "--user", "ghost"], 3);
    let table = env.ok(&["audit", "list"]);
    assert!(table.contains("ACTION") && table.contains("user.disable"));
    let csv = env.ok(&["audit", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,at,actor,action,target,details,hash"));
}

fn chrono_today() -> String {
    let out = std::process::Command::new("date").args(["-u", "+%Y-%m-%d"]).output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn verify_passes_on_an_untouched_log() {
    let env = busy_env();
    let out = env.ok(&["audit", "verify"]);
    assert!(out.contains("intact: 7 entries"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["audit", "verify", "--format", "json"])).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(v["entries"], 7);
}

fn broken(env: &TestEnv, sql: &str) -> (String, serde_json::Value) {
    env.exec(sql);
    let err = env.fails(&["audit", "verify"], 1);
    let run = env.run(&["audit", "verify", "--format", "json"]);
    assert_eq!(run.code, 1);
    (err, serde_json::from_str(&run.stdout).unwrap())
}

#[test]
fn verify_finds_an_edited_detail() {
    let env = busy_env();
    let (err, v) = broken(&env, "UPDATE audit SET details = replace(details, '销售部', '财务部') WHERE id = 3");
    assert!(err.contains("changed"), "{err}");
    assert!(err.contains("#3"), "{err}");
    assert_eq!(v["broken_at"], 3);
}

#[test]
fn verify_finds_an_edited_actor() {
    let env = busy_env();
    let (err, _) = broken(&env, "UPDATE audit SET actor = 'os:innocent' WHERE id = 4");
    assert!(err.contains("#4"), "{err}");
}

#[test]
fn verify_finds_a_deleted_entry_in_the_middle() {
    let env = busy_env();
    let (err, _) = broken(&env, "DELETE FROM audit WHERE id = 2");
    assert!(err.contains("#2"), "{err}");
}

#[test]
fn verify_finds_entries_cut_off_the_end() {
    let env = busy_env();
    let (err, _) = broken(&env, "DELETE FROM audit WHERE id >= 6");
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn verify_finds_an_erasure_that_no_purge_explains() {
    let env = busy_env();
    let (err, _) = broken(&env, "UPDATE audit SET details = '{}', purged = 1 WHERE id = 3");
    assert!(err.contains("#3") && err.contains("purge"), "{err}");
}
