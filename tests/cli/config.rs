//! `config show|get|set|unset|path`.

use crate::testenv::TestEnv;

#[test]
fn set_get_unset_with_validation() {
    let env = TestEnv::with_admin();
    assert_eq!(env.ok(&["config", "get", "password.min_length"]).trim(), "12");
    assert_eq!(env.ok(&["config", "set", "phone.default_region", "hk"]).trim(), "HK");
    assert_eq!(env.ok(&["config", "get", "phone.default_region"]).trim(), "HK");
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["config", "get", "seat_limit", "--format", "json"])).unwrap();
    assert_eq!(v, serde_json::json!({"key": "seat_limit", "value": null}));
    for (key, value) in [
        ("nope", "1"),
        ("seat_limit", "many"),
        ("password.min_length", "4"),
        ("mail.transport", "pigeon"),
        ("default_role", "wizard"),
        ("phone.default_region", "ZZ"),
    ] {
        env.fails(&["config", "set", key, value], 5);
    }
    env.fails(&["config", "get", "nope"], 5);
    env.fails(&["config", "unset", "nope"], 5);
    env.ok(&["config", "unset", "phone.default_region"]);
    assert_eq!(env.ok(&["config", "get", "phone.default_region"]).trim(), "CN");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "config"]);
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["config.set", "config.set", "config.unset"]);
}

#[test]
fn the_default_phone_region_reads_numbers_without_plus() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "phone.default_region", "HK"]);
    env.invite("hk", &["--phone", "9123 4567"]);
    let u: crate::testenv::UserJson = env.json(&["user", "show", "hk"]);
    assert_eq!(u.phone.as_deref(), Some("+85291234567"));
}

#[test]
fn show_lists_every_key_with_its_source() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "25"]);
    // Each key maps to its value and where it comes from (SPEC "Settings and
    // seats"; the JSON used to map a key to its bare value, without a source).
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["config", "show", "--format", "json"])).unwrap();
    assert_eq!(v["seat_limit"], serde_json::json!({"value": "25", "source": "database"}));
    assert_eq!(v["org.name"]["value"], "Example Ltd");
    assert_eq!(v["invite.ttl_hours"], serde_json::json!({"value": "168", "source": "default"}));
    assert_eq!(v["password.argon2_m_kib"]["value"], "19456");
    assert!(v["default_role"]["value"].is_null());
    let table = env.ok(&["config", "show"]);
    assert!(table.lines().any(|l| l.contains("seat_limit") && l.contains("database")));
    assert!(table.lines().any(|l| l.contains("lockout.threshold") && l.contains("default")));
}

#[test]
fn set_creates_the_database_when_missing() {
    let env = TestEnv::new();
    let run = env.run(&["config", "set", "org.name", "New Org"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("created database"));
    assert_eq!(env.ok(&["config", "get", "org.name"]).trim(), "New Org");
}

/// Every key of the catalogue is listed with its help by `config set --help`
/// (and so offered by completions), while an unknown key still reaches the
/// library and is exit 5, not clap's exit 2.
#[test]
fn config_keys_are_listed_in_help_and_an_unknown_one_is_exit_5() {
    let env = TestEnv::new();
    let help = env.ok(&["config", "set", "--help"]);
    for (key, help_text) in [("seat_limit", "max active + invited users"), ("mail.smtp_host", "SMTP server")] {
        assert!(help.lines().any(|l| l.contains(&format!("{key}:")) && l.contains(help_text)), "{key} in\n{help}");
    }
    let err = env.fails(&["config", "set", "no.such.key", "1"], 5);
    assert!(err.contains("unknown setting 'no.such.key'"), "{err}");
    env.fails(&["config", "get", "no.such.key"], 5);
    let bash =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/crmctl.bash"))
            .unwrap_or_default();
    assert!(bash.contains("password.argon2_m_kib"), "bash completion offers the keys");
}
