//! Property tests (proptest) over the parts that take input from people and
//! files: CSV decoding and row validation, duration parsing, phone and email
//! validation, and the audit verifier. Each runs a bounded number of cases
//! in `cargo test`; a failure prints its shrunk input, which then becomes a
//! regression case below (`regressions`).

use std::path::Path;
use std::time::Duration;

use crate::audit::{self, Target};
use crate::clock;
use crate::error::Kind;
use crate::identity::{Actor, Principal};
use crate::import::{self, Options};
use crate::store::{OpenMode, Store};
use crate::validate;
use proptest::prelude::*;

fn root() -> Principal {
    Principal::Superuser(Actor::os("proptest", 0))
}

fn open_store(dir: &Path) -> Store {
    Store::open(dir.join("crm.db"), OpenMode::Create, Duration::from_secs(5)).unwrap()
}

/// A dry-run import of `bytes`: never a panic; an error is one of the input kinds.
fn dry_run(store: &mut Store, dir: &Path, bytes: &[u8]) -> Result<import::Summary, Kind> {
    let path = dir.join("input.csv");
    std::fs::write(&path, bytes).unwrap();
    let opts = Options { dry_run: true, ..Options::default() };
    import::run(store, &root(), &path, &opts, &mut |_, _| {}).map_err(|e| e.kind)
}

/// Cells as Excel and HR people write them, with the odd hostile byte.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,12}",
        "[a-z]{1,8}@[a-z]{1,8}\\.(com|cn)",
        "1[3-9][0-9]{9}",
        "\\+86 1[3-9][0-9] [0-9]{4} [0-9]{4}",
        "[\\p{Han}]{1,4}",
        "[0-9]\\.[0-9]{1,5}E\\+[0-9]{1,2}",
        ".{0,20}",
        "\"[^\"]{0,10}\"",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_import_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open_store(dir.path());
        if let Err(kind) = dry_run(&mut store, dir.path(), &bytes) {
            prop_assert!(matches!(kind, Kind::Invalid | Kind::Usage), "{kind:?}");
        }
    }

    #[test]
    fn csv_rows_are_each_counted_once(rows in proptest::collection::vec(proptest::collection::vec(cell(), 1..8), 0..40)) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open_store(dir.path());
        let mut text = String::from("username,email,phone,name,employee_id,department,title,roles\n");
        for row in &rows {
            let cells: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
            text.push_str(&cells.join(","));
            text.push('\n');
        }
        match dry_run(&mut store, dir.path(), text.as_bytes()) {
            Ok(s) => {
                prop_assert_eq!(s.rows, rows.len() as u64);
                prop_assert_eq!(s.created + s.skipped + s.rejected, s.rows, "{:?}", s);
                prop_assert!(s.errors.iter().all(|e| e.line >= 2 && e.line <= rows.len() as u64 + 1 + 40));
                prop_assert_eq!(s.rejected == 0, s.errors.is_empty());
            }
            Err(kind) => prop_assert!(matches!(kind, Kind::Invalid), "{kind:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn durations_parse_or_refuse(text in ".{0,24}") {
        let _ = clock::parse_duration(&text);
    }

    #[test]
    fn well_formed_durations_parse_to_their_length(n in 1i64..10_000, unit in "[smhd]") {
        let d = clock::parse_duration(&format!("{n}{unit}")).unwrap();
        let seconds = match unit.as_str() { "s" => n, "m" => n * 60, "h" => n * 3600, _ => n * 86_400 };
        prop_assert_eq!(d.num_seconds(), seconds);
    }

    #[test]
    fn validation_never_panics_and_is_idempotent(text in "\\PC{0,80}|.{0,80}") {
        let region = validate::region("CN").unwrap();
        type Check = fn(&str) -> crate::error::Result<String>;
        let checks: [(&str, Check); 6] = [
            ("username", validate::username),
            ("name", validate::name),
            ("email", validate::email),
            ("employee_id", validate::employee_id),
            ("department", validate::department),
            ("title", validate::title),
        ];
        for (field, check) in checks {
            if let Ok(clean) = check(&text) {
                let again = check(&clean).ok();
                prop_assert_eq!(again.as_deref(), Some(clean.as_str()), "{} of {:?}", field, text);
                prop_assert!(!clean.chars().any(char::is_control), "{}", field);
            }
        }
        if let Ok(e164) = validate::phone(&text, region) {
            prop_assert!(e164.starts_with('+'), "{e164}");
            prop_assert_eq!(validate::phone(&e164, region).ok(), Some(e164.clone()));
        }
    }

    #[test]
    fn chinese_mobile_numbers_in_any_notation_are_one_number(n in 0u64..100_000_000, prefix in "13[0-9]|15[0-35-9]|18[0-9]") {
        let region = validate::region("CN").unwrap();
        let digits = format!("{prefix}{n:08}");
        let want = format!("+86{digits}");
        for notation in [digits.clone(), format!("+86 {digits}"), format!("0086-{digits}"),
                         format!("{} {} {}", &digits[..3], &digits[3..7], &digits[7..])] {
            let parsed = validate::phone(&notation, region).ok();
            prop_assert_eq!(parsed.as_deref(), Some(want.as_str()), "{}", notation);
        }
    }
}

/// One change to one entry, as someone with sqlite3 and write access would make it.
#[derive(Debug, Clone)]
enum Tamper {
    Set(&'static str),
    Delete,
    Renumber,
}

fn tamper() -> impl Strategy<Value = Tamper> {
    prop_oneof![
        prop::sample::select(vec![
            "at",
            "actor",
            "action",
            "target_user_id",
            "target",
            "details",
            "pii_digest",
            "prev_hash",
            "hash"
        ])
        .prop_map(Tamper::Set),
        Just(Tamper::Delete),
        Just(Tamper::Renumber),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_audit_verifier_finds_any_single_change(entries in 1usize..12, pick in any::<prop::sample::Index>(), change in tamper()) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open_store(dir.path());
        let who = root();
        store.write(|tx| {
            for i in 0..entries {
                let target = if i % 2 == 0 { Target::User(i as i64 + 1, "zhangsan") } else { Target::Other("setting") };
                audit::record(tx, who.actor(), "test.change", target, serde_json::json!({"n": i, "name": "张三"}))?;
            }
            Ok(())
        }).unwrap();
        prop_assert!(audit::check_against(&mut store, &root(), &[]).unwrap().broken.is_none());
        drop(store);
        let total = entries as i64 + 1; // `init`-less store: only our entries, ids from 1
        let id = (pick.index(entries) as i64 + 1).min(total);
        let conn = rusqlite::Connection::open(dir.path().join("crm.db")).unwrap();
        let sql = match &change {
            Tamper::Set("target_user_id") => "UPDATE audit SET target_user_id = coalesce(target_user_id, 0) + 7 WHERE id = ?1".to_string(),
            Tamper::Set(column) => format!("UPDATE audit SET {column} = {column} || 'x' WHERE id = ?1"),
            Tamper::Delete => "DELETE FROM audit WHERE id = ?1".into(),
            Tamper::Renumber => "UPDATE audit SET id = id + 1000 WHERE id = ?1".into(),
        };
        prop_assert_eq!(conn.execute(&sql, [id]).unwrap(), 1);
        drop(conn);
        let mut store = open_store(dir.path());
        let verdict = audit::check_against(&mut store, &root(), &[]).unwrap();
        prop_assert!(verdict.broken.is_some(), "{:?} of entry {} went unnoticed", change, id);
    }
}

/// Inputs that once failed a property above (none yet; add them here).
mod regressions {}
