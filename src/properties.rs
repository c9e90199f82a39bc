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

fn open_store(dir: &Path) -> crate::Result<Store> {
    Store::open(dir.join("crm.db"), OpenMode::Create, Duration::from_secs(5))
}

/// A dry-run import of `bytes`: never a panic; an error is one of the input kinds.
fn dry_run(store: &mut Store, dir: &Path, bytes: &[u8]) -> Result<import::Summary, Kind> {
    let path = dir.join("input.csv");
    // A file that cannot be written is a storage failure, which the callers' assertions refuse.
    std::fs::write(&path, bytes).map_err(|_| Kind::Storage)?;
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
        let dir = tempfile::tempdir()?;
        let mut store = open_store(dir.path())?;
        if let Err(kind) = dry_run(&mut store, dir.path(), &bytes) {
            prop_assert!(matches!(kind, Kind::Invalid | Kind::Usage), "{kind:?}");
        }
    }

    #[test]
    fn csv_rows_are_each_counted_once(rows in proptest::collection::vec(proptest::collection::vec(cell(), 1..8), 0..40)) {
        let dir = tempfile::tempdir()?;
        let mut store = open_store(dir.path())?;
        let mut text = String::from("username,email,phone,name,employee_id,department,title,roles\n");
        for row in &rows {
            let cells: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
            text.push_str(&cells.join(","));
            text.push('\n');
        }
        match dry_run(&mut store, dir.path(), text.as_bytes()) {
            Ok(s) => {
                // A row whose cells are all blank is no row (Excel leaves them); every other one counts.
                let blank = rows.iter().filter(|r| r.iter().all(|c| c.trim().is_empty())).count();
                prop_assert_eq!(s.rows, (rows.len() - blank) as u64);
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
        let d = clock::parse_duration(&format!("{n}{unit}"))?;
        let seconds = match unit.as_str() { "s" => n, "m" => n * 60, "h" => n * 3600, _ => n * 86_400 };
        prop_assert_eq!(d.num_seconds(), seconds);
    }

    #[test]
    fn validation_never_panics_and_is_idempotent(text in "\\PC{0,80}|.{0,80}") {
        let region = validate::region("CN").ok_or_else(|| TestCaseError::fail("CN is a known region"))?;
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
        let region = validate::region("CN").ok_or_else(|| TestCaseError::fail("CN is a known region"))?;
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
        let dir = tempfile::tempdir()?;
        let mut store = open_store(dir.path())?;
        let who = root();
        store.write(|tx| {
            for i in 0..entries {
                let target = if i % 2 == 0 { Target::User(i as i64 + 1, "zhangsan") } else { Target::Other("setting") };
                audit::record(tx, who.actor(), "test.change", target, serde_json::json!({"n": i, "name": "张三"}))?;
            }
            Ok(())
        })?;
        prop_assert!(audit::check_against(&mut store, &root(), &[])?.broken.is_none());
        drop(store);
        let total = entries as i64 + 1; // `init`-less store: only our entries, ids from 1
        let id = (pick.index(entries) as i64 + 1).min(total);
        let conn = rusqlite::Connection::open(dir.path().join("crm.db"))?;
        let sql = match &change {
            Tamper::Set("target_user_id") => "UPDATE audit SET target_user_id = coalesce(target_user_id, 0) + 7 WHERE id = ?1".to_string(),
            Tamper::Set(column) => format!("UPDATE audit SET {column} = {column} || 'x' WHERE id = ?1"),
            Tamper::Delete => "DELETE FROM audit WHERE id = ?1".into(),
            Tamper::Renumber => "UPDATE audit SET id = id + 1000 WHERE id = ?1".into(),
        };
        prop_assert_eq!(conn.execute(&sql, [id])?, 1);
        drop(conn);
        let mut store = open_store(dir.path())?;
        let verdict = audit::check_against(&mut store, &root(), &[])?;
        prop_assert!(verdict.broken.is_some(), "{:?} of entry {} went unnoticed", change, id);
    }
}

/// The import's promises over generated files and databases: a dry run
/// decides every row as the real run does, and `user export` then `user
/// import` into an empty database gives the same people.
mod round_trips {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use crate::access::roles;
    use crate::import::{self, OnConflict, Options, Summary};
    use crate::output::{csv_text, views::ExportedUser};
    use crate::store::{Store, StoredStatus};
    use crate::testing::{self, root};
    use crate::users::{self, ListQuery, NewUser, PasswordChoice};

    /// A person of a generated database.
    #[derive(Debug, Clone)]
    struct Spec {
        name: &'static str,
        phone: Option<&'static str>,
        employee_id: bool,
        department: Option<&'static str>,
        title: Option<&'static str>,
        manager: Option<prop::sample::Index>,
        status: StoredStatus,
        roles: Vec<(&'static str, Option<&'static str>, Option<&'static str>)>,
        expires: Option<&'static str>,
    }

    fn spec() -> impl Strategy<Value = Spec> {
        (
            prop::sample::select(vec!["张三", "李四", "Wang Wu", "O'Brien, Pat", "=SUM(A1)"]),
            prop::option::of(prop::sample::select(vec!["13812345678", "+8613912345678"])),
            any::<bool>(),
            prop::option::of(prop::sample::select(vec!["销售部", "销售部/华东区", "财务部"])),
            prop::option::of(prop::sample::select(vec!["销售代表", "-lead"])),
            prop::option::of(any::<prop::sample::Index>()),
            prop::sample::select(vec![StoredStatus::Invited, StoredStatus::Active, StoredStatus::Disabled]),
            prop::collection::vec(
                prop::sample::select(vec![
                    ("viewer", None, None),
                    ("sales-rep", Some("销售部"), None),
                    ("sales-rep", Some("销售部/华东区"), Some("2027-03-31")),
                    ("viewer", Some("财务部"), Some("2030-01-01T12:00:00Z")),
                ]),
                0..3,
            ),
            prop::option::of(prop::sample::select(vec!["2030-06-30", "2020-01-01"])),
        )
            .prop_map(|(name, phone, employee_id, department, title, manager, status, roles, expires)| Spec {
                name,
                phone,
                employee_id,
                department,
                title,
                manager,
                status,
                roles,
                expires,
            })
    }

    /// A database holding `specs` as `u0`, `u1` ... (managers point to
    /// earlier users), built with the library's own verbs.
    fn build(specs: &[Spec]) -> crate::Result<Store> {
        let mut store = testing::store()?;
        fill(&mut store, specs)?;
        Ok(store)
    }

    /// Adds `specs` to `store` (see [`build`]).
    fn fill(store: &mut Store, specs: &[Spec]) -> crate::Result<()> {
        let store = &mut *store;
        for (i, s) in specs.iter().enumerate() {
            let username = format!("u{i}");
            let req = NewUser {
                username: username.clone(),
                name: s.name.into(),
                email: format!("U{i}@Example.com"),
                phone: s.phone.map(Into::into),
                employee_id: s.employee_id.then(|| format!("E{i:03}")),
                department: s.department.map(Into::into),
                title: s.title.map(Into::into),
                manager: s.manager.filter(|_| i > 0).map(|m| format!("u{}", m.index(i))),
                expires: s.expires.map(Into::into),
                password: PasswordChoice::None,
                ..NewUser::default()
            };
            users::add(store, &root(), req)?;
            for (role, scope, until) in &s.roles {
                roles::assign(store, &root(), &username, role, *scope, *until)?;
            }
            if s.status != StoredStatus::Invited {
                // A known hash stands for a password: hashing one per case would be slow.
                store.write(|tx| {
                    let mut row = users::find(tx, &username)?;
                    row.password_hash = Some(testing::PHC.into());
                    row.status = StoredStatus::Active;
                    tx.update_user(&row)
                })?;
            }
            if s.status == StoredStatus::Disabled {
                users::disable(store, &root(), &username, None, None)?;
            }
        }
        Ok(())
    }

    /// Everything the round trip keeps, per username.
    fn people(store: &mut Store) -> crate::Result<BTreeMap<String, String>> {
        let all = ListQuery { status: Some("all".into()), ..ListQuery::default() };
        Ok(users::list(store, &root(), &all)?
            .into_iter()
            .map(|u| {
                let mut roles: Vec<String> = u.roles.iter().map(roles::label).collect();
                roles.sort();
                let kept = format!(
                    "{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|{:?}|{:?}",
                    u.name,
                    u.email,
                    u.phone,
                    u.employee_id,
                    u.department,
                    u.title,
                    u.manager,
                    u.status,
                    roles,
                    u.expires_at
                );
                (u.username, kept)
            })
            .collect())
    }

    fn import_file(store: &mut Store, text: &str, name: &str, opts: &Options) -> crate::Result<Summary> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join(name);
        std::fs::write(&path, text)?;
        import::run(store, &root(), &path, opts, &mut |_, _| {})
    }

    fn counts(s: &Summary) -> (u64, u64, u64, u64, u64, u64) {
        (s.rows, s.created, s.updated, s.unchanged, s.skipped, s.rejected)
    }

    /// A cell of a generated import row, from pools that collide on purpose.
    fn row() -> impl Strategy<Value = [&'static str; 5]> {
        (
            prop::sample::select(vec!["", "", "u0", "u1", "new1", "new2", "Bad Name", "zhangsan"]),
            prop::sample::select(vec!["", "张三", "Zhang San"]),
            prop::sample::select(vec![
                "u0@example.com",
                "U1@EXAMPLE.com",
                "new1@example.com",
                "NEW1@example.com",
                "zhangsan@example.com",
                "zhangsan@corp.cn",
                "bad@@x",
            ]),
            prop::sample::select(vec!["", "", "u0", "new1", "zhangsan", "nobody", "new2@example.com"]),
            prop::sample::select(vec!["", "", "E000", "E009", "N1"]),
        )
            .prop_map(|(username, name, email, manager, employee_id)| [username, name, email, manager, employee_id])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        #[test]
        fn a_dry_run_decides_every_row_as_the_real_run(
            specs in prop::collection::vec(spec(), 0..4),
            rows in prop::collection::vec(row(), 1..14),
            mode in prop::sample::select(vec![OnConflict::Error, OnConflict::Skip, OnConflict::Update]),
            atomic in any::<bool>(),
        ) {
            let mut store = build(&specs)?;
            let mut text = String::from("username,name,email,manager,employee_id\n");
            for r in &rows {
                text.push_str(&r.join(","));
                text.push('\n');
            }
            let before = people(&mut store)?;
            let opts = Options { on_conflict: mode, atomic, ..Options::default() };
            let dry = import_file(&mut store, &text, "staff.csv", &Options { dry_run: true, ..opts.clone() })?;
            prop_assert_eq!(&people(&mut store)?, &before, "a dry run writes nothing");
            let real = import_file(&mut store, &text, "staff.csv", &opts)?;
            prop_assert_eq!(counts(&dry), counts(&real));
            prop_assert_eq!(&dry.errors, &real.errors);
            let after = people(&mut store)?;
            let added = after.len() - before.len();
            prop_assert_eq!(added as u64, if real.written { real.created } else { 0 });
        }

        #[test]
        fn export_then_import_gives_the_same_people(specs in prop::collection::vec(spec(), 1..7)) {
            let mut source = build(&specs)?;
            let all = ListQuery { status: Some("all".into()), ..ListQuery::default() };
            let exported: Vec<ExportedUser> = users::export(&mut source, &root(), &all, true)?
                .into_iter()
                .map(|(u, hash)| ExportedUser::new(&u, hash))
                .collect();
            let text = csv_text(&exported, true)?;
            let mut copy = testing::store()?;
            let summary = import_file(&mut copy, &text, "export.csv", &Options::default())?;
            prop_assert_eq!(summary.rejected, 0, "{:?}", summary.errors);
            prop_assert_eq!(people(&mut copy)?, people(&mut source)?);
        }
    }

    /// `user export` of every user, hashes included, as the command prints it.
    fn export_text(store: &mut Store) -> crate::Result<String> {
        let all = ListQuery { status: Some("all".into()), ..ListQuery::default() };
        let exported: Vec<ExportedUser> = users::export(store, &root(), &all, true)?
            .into_iter()
            .map(|(u, hash)| ExportedUser::new(&u, hash))
            .collect();
        csv_text(&exported, true)
    }

    /// A generated SQLite database (people, roles, a form, a purged user)
    /// copied SQLite → PostgreSQL → SQLite: the same `user export` and the
    /// same audit head on all three, and an id purged at the source is not
    /// handed out again at the end. On PostgreSQL when CRMCTL_TEST_POSTGRES
    /// is set (see [`testing::postgres_for`]).
    #[test]
    fn a_copy_to_postgresql_and_back_keeps_the_people_and_the_audit_head() {
        use crate::maintenance;
        let Some(server) = testing::postgres_for("properties::round_trips::a_copy_to_postgresql_and_back") else {
            return;
        };
        let config = ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() };
        let strategy =
            (prop::collection::vec(spec(), 1..7), prop::option::of(any::<prop::sample::Index>()), any::<bool>());
        let mut runner = proptest::test_runner::TestRunner::new(config);
        let outcome = runner.run(&strategy, |(specs, purge, form)| {
            let mut sqlite = Store::open_in_memory()?;
            fill(&mut sqlite, &specs)?;
            if form {
                let req = crate::forms::NewForm {
                    name: "web".into(),
                    kind: "hmac-sha256".into(),
                    department: Some("销售部".into()),
                    ..crate::forms::NewForm::default()
                };
                crate::forms::add(&mut sqlite, &root(), req)?;
            }
            let purged = match purge {
                Some(pick) => Some(users::purge(&mut sqlite, &root(), &format!("u{}", pick.index(specs.len())))?),
                None => None,
            };
            let db = testing::fresh_postgres_database(&server)?;
            let mut pg = Store::open(db, crate::store::OpenMode::Create, std::time::Duration::from_secs(30))?;
            let there = maintenance::copy(&mut sqlite, &mut pg, &root())?;
            let mut back = Store::open_in_memory()?;
            let again = maintenance::copy(&mut pg, &mut back, &root())?;
            let head = sqlite.read(|tx| tx.audit_head())?;
            prop_assert_eq!(&there.audit_head, &head);
            prop_assert_eq!(&again.audit_head, &head);
            prop_assert_eq!(back.read(|tx| tx.audit_head())?, head);
            let export = export_text(&mut sqlite)?;
            prop_assert_eq!(&export_text(&mut pg)?, &export);
            prop_assert_eq!(&export_text(&mut back)?, &export);
            prop_assert_eq!(there.users, again.users);
            if let Some(purged) = purged {
                let next = testing::add(&mut back, "newcomer", testing::Person::default())?;
                prop_assert!(next > purged, "id {purged} was purged, {next} handed out");
            }
            Ok(())
        });
        if let Err(failure) = outcome {
            panic!("{failure}");
        }
    }
}

/// Bugs fixed since, one test each, named after the bug (as ripgrep's
/// `tests/regression.rs` does): each replays the bug's scenario through the
/// library and asserts the fixed behaviour. Inputs that fail a property above
/// join them here.
mod regressions {
    use crate::access::roles::{self, Assigned, RoleChanges};
    use crate::access::{approvals, tokens};
    use crate::error::{Error, Kind, Result};
    use crate::identity::Principal;
    use crate::import::{self, OnConflict, Options, Summary};
    use crate::store::Store;
    use crate::testing::{self, Person, kind, root};
    use crate::users::{self, ListQuery, NewUser};

    /// A store with a 销售部 dept-admin (`manager`), a sales rep in 销售部
    /// (`rep`) and a clerk in 财务部 (`clerk`, added first: the lowest id).
    #[track_caller]
    fn departments() -> Result<Store> {
        let mut store = testing::store()?;
        testing::add(&mut store, "clerk", Person { department: Some("财务部"), ..Person::default() })?;
        let scoped =
            Person {
                department: Some("销售部"), role: Some("dept-admin"), scope: Some("销售部"), ..Person::default()
            };
        testing::add(&mut store, "manager", scoped)?;
        let rep = Person { department: Some("销售部"), role: Some("sales-rep"), ..Person::default() };
        testing::add(&mut store, "rep", rep)?;
        Ok(store)
    }

    #[track_caller]
    fn import_as(store: &mut Store, who: &Principal, csv: &str, opts: &Options) -> Result<Summary> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("staff.csv");
        std::fs::write(&path, csv)?;
        import::run(store, who, &path, opts, &mut |_, _| {})
    }

    /// Issue 13: the dry run used a two-pass engine and the real run a
    /// one-pass engine that derived usernames differently: the dry run
    /// reported a rejection, the real run with `--on-conflict update`
    /// overwrote the first person with the second and exited 0.
    #[test]
    fn the_dry_run_and_the_real_run_derive_the_same_usernames() -> Result<()> {
        let mut store = testing::store()?;
        let csv = "username,name,email\n,Zhang San,zhangsan@example.com\nzhangsan,Other Person,other@example.com\n";
        let update = Options { on_conflict: OnConflict::Update, ..Options::default() };
        let dry = import_as(&mut store, &root(), csv, &Options { dry_run: true, ..update.clone() })?;
        let real = import_as(&mut store, &root(), csv, &update)?;
        assert_eq!((dry.created, dry.updated, dry.rejected), (real.created, real.updated, real.rejected));
        assert_eq!((real.created, real.updated), (2, 0));
        let zhang = users::show(&mut store, &root(), "zhangsan@example.com")?;
        assert_eq!(zhang.name, "Zhang San", "the first person is not overwritten");
        let other = users::show(&mut store, &root(), "zhangsan")?;
        assert_eq!(other.email, "other@example.com");
        Ok(())
    }

    /// efd5f2a: a token created through a token the requester created used
    /// to count as someone else, so the requester approved their own request.
    #[test]
    fn token_reissued_through_a_token_keeps_its_creators_chain() -> Result<()> {
        let mut store = testing::store()?;
        let admin = Person { role: Some(crate::identity::roles::ADMIN), password: true, ..Person::default() };
        testing::add(&mut store, "boss", admin.clone())?;
        testing::add(&mut store, "deputy", admin)?;
        testing::add(&mut store, "lisi", Person::default())?;
        let flag = RoleChanges { requires_approval: Some(true), ..RoleChanges::default() };
        roles::update(&mut store, &root(), "sales-manager", flag)?;
        let Assigned::Pending(id) = roles::assign(&mut store, &root(), "lisi", "sales-manager", None, None)? else {
            return Err(Error::invalid("assigned without a request"));
        };
        let boss = testing::through_token(&mut store, &root(), "boss")?;
        let deputy = testing::through_token(&mut store, &boss, "deputy")?;
        assert_eq!(kind(approvals::approve(&mut store, &deputy, id)), Some(Kind::NotPermitted));
        assert_eq!(kind(approvals::approve(&mut store, &boss, id)), Some(Kind::NotPermitted));
        // Someone outside the chain may.
        let independent = testing::through_token(&mut store, &testing::other_root(), "deputy")?;
        assert_eq!(approvals::approve(&mut store, &independent, id)?.request.status, "approved");
        Ok(())
    }

    /// efd5f2a: `role create` and `role update` let someone with
    /// `roles.manage` bundle permissions they do not hold themselves.
    #[test]
    fn role_create_or_update_cannot_add_permissions_the_editor_lacks() -> Result<()> {
        let mut store = testing::store()?;
        let perms = ["roles.manage".to_string(), "users.read".to_string()];
        roles::create(&mut store, &root(), "role-editor", &perms, None, false)?;
        testing::add(&mut store, "editor", Person { role: Some("role-editor"), ..Person::default() })?;
        let editor = testing::as_user(&mut store, "editor")?;
        let wider = ["users.read".to_string(), "settings.manage".to_string()];
        assert_eq!(kind(roles::create(&mut store, &editor, "sneaky", &wider, None, false)), Some(Kind::NotPermitted));
        let add = RoleChanges { add: vec!["settings.manage".into()], ..RoleChanges::default() };
        assert_eq!(kind(roles::update(&mut store, &editor, "role-editor", add)), Some(Kind::NotPermitted));
        assert!(!roles::show(&mut store, "role-editor")?.permissions.contains(&"settings.manage".to_string()));
        // What the editor holds, it may bundle.
        roles::create(&mut store, &editor, "reader", &["users.read".to_string()], None, false)?;
        Ok(())
    }

    /// efd5f2a: an import with `--on-conflict update` changed the email of a
    /// user the importer could not act as (reset links go to the email).
    #[test]
    fn import_email_change_is_acting_as() -> Result<()> {
        let mut store = departments()?;
        let manager = testing::as_user(&mut store, "manager")?;
        let update = Options { on_conflict: OnConflict::Update, ..Options::default() };
        let header = "username,name,email,department,title\n";
        let email = import_as(&mut store, &manager, &format!("{header}rep,rep,me@evil.example,销售部,\n"), &update)?;
        assert_eq!((email.updated, email.rejected), (0, 1));
        assert_eq!(email.errors.first().map(|e| e.field.as_str()), Some("email"));
        // Managing the user is enough for anything else.
        let title =
            import_as(&mut store, &manager, &format!("{header}rep,rep,rep@example.com,销售部,Lead\n"), &update)?;
        assert_eq!((title.updated, title.rejected), (1, 0));
        let rep = users::show(&mut store, &root(), "rep")?;
        assert_eq!((rep.email.as_str(), rep.title.as_deref()), ("rep@example.com", Some("Lead")));
        Ok(())
    }

    /// efd5f2a: `user list --limit 1` applied the limit before the scope, so
    /// a dept-admin saw nothing when the first user was outside it.
    #[test]
    fn user_list_limit_applies_after_the_scope() -> Result<()> {
        let mut store = departments()?;
        let manager = testing::as_user(&mut store, "manager")?;
        let first = users::list(&mut store, &manager, &ListQuery { limit: Some(1), ..ListQuery::default() })?;
        assert_eq!(first.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["manager"]);
        let all = users::list(&mut store, &manager, &ListQuery::default())?;
        assert_eq!(all.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["manager", "rep"]);
        Ok(())
    }

    /// efd5f2a: `token revoke` told a dept-admin that a token of someone
    /// outside its scope existed (exit 6 instead of exit 3).
    #[test]
    fn token_revoke_treats_users_outside_the_scope_as_unknown() -> Result<()> {
        let mut store = departments()?;
        let clerks = tokens::create(&mut store, &root(), "clerk", None, None)?;
        let manager = testing::as_user(&mut store, "manager")?;
        let err = tokens::revoke(&mut store, &manager, clerks.id).err();
        let missing = tokens::revoke(&mut store, &manager, clerks.id + 100).err();
        assert_eq!(err.as_ref().map(|e| e.kind), Some(Kind::NotFound));
        assert_eq!(err.map(|e| e.message), Some(format!("no token #{}", clerks.id)), "the answer for no token at all");
        assert_eq!(missing.map(|e| e.message), Some(format!("no token #{}", clerks.id + 100)));
        let stored = store.read(|tx| tx.token_by_id(clerks.id))?;
        assert_eq!(stored.map(|t| t.revoked), Some(false), "left alone");
        Ok(())
    }

    /// efd5f2a: an import's manager column found users outside the
    /// importer's scope, telling it who exists there.
    #[test]
    fn import_manager_reference_outside_the_scope_is_unknown() -> Result<()> {
        let mut store = departments()?;
        let manager = testing::as_user(&mut store, "manager")?;
        let csv = "username,name,email,department,manager\nnewrep,New Rep,newrep@example.com,销售部,clerk\n";
        let summary = import_as(&mut store, &manager, csv, &Options::default())?;
        assert_eq!((summary.created, summary.rejected), (0, 1));
        assert_eq!(summary.errors.first().map(|e| e.field.as_str()), Some("manager"));
        let inside = "username,name,email,department,manager\nnewrep,New Rep,newrep@example.com,销售部,rep\n";
        assert_eq!(import_as(&mut store, &manager, inside, &Options::default())?.created, 1);
        Ok(())
    }

    /// 4fbd7a7: a `--search` longer than any field failed with a database
    /// error (exit 8) instead of a validation error (exit 5).
    #[test]
    fn long_search_is_invalid_not_a_database_error() -> Result<()> {
        let mut store = departments()?;
        let query = ListQuery { search: Some("销".repeat(10_000)), ..ListQuery::default() };
        assert_eq!(kind(users::list(&mut store, &root(), &query)), Some(Kind::Invalid));
        let query = ListQuery { search: Some("re".into()), ..ListQuery::default() };
        assert_eq!(users::list(&mut store, &root(), &query)?.len(), 1);
        Ok(())
    }

    /// 4fbd7a7: names with bidi overrides or U+FFFD were accepted.
    #[test]
    fn names_with_bidi_overrides_or_replacement_characters_are_refused() -> Result<()> {
        let mut store = testing::store()?;
        for name in ["Zhang\u{202E}nas", "Li\u{2066}Si", "Wang\u{FFFD}Wu"] {
            let req = NewUser {
                username: "x".into(),
                name: name.into(),
                email: "x@example.com".into(),
                ..NewUser::default()
            };
            assert_eq!(kind(users::add(&mut store, &root(), req)), Some(Kind::Invalid), "{name:?}");
        }
        let req = NewUser {
            username: "x".into(),
            name: "张三 Zhang".into(),
            email: "x@example.com".into(),
            ..NewUser::default()
        };
        assert!(users::add(&mut store, &root(), req).is_ok());
        Ok(())
    }

    /// acdc644: enabling a disabled user brought their API tokens back.
    #[test]
    fn enabling_a_user_does_not_revive_their_tokens() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "lisi", Person { password: true, ..Person::default() })?;
        let token = tokens::create(&mut store, &root(), "lisi", None, None)?;
        users::disable(&mut store, &root(), "lisi", None, None)?;
        users::enable(&mut store, &root(), "lisi")?;
        assert_eq!(kind(tokens::authenticate(&mut store, token.token.expose())), Some(Kind::NotPermitted));
        Ok(())
    }
}
