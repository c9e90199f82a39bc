//! `crmctl check` on PostgreSQL: the catalog compared with what the
//! migrations create, and the server's own flags of broken objects.

use std::collections::BTreeMap;

use postgres::{Client, GenericClient};

use super::migrations::MIGRATIONS;
use crate::error::{Error, Result};

/// Where the expected schema is built, inside a transaction that is rolled back.
const SCRATCH: &str = "crmctl_expected_schema";

/// Indexes the server marks invalid or not ready (a failed concurrent build),
/// and constraints it has not validated: empty when healthy.
pub fn integrity(client: &mut Client) -> Result<Vec<String>> {
    let rows = client.query(
        "SELECT 'index ' || c.relname || ' is not valid' FROM pg_index i \
           JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
           WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) \
         UNION ALL \
         SELECT 'constraint ' || conname || ' is not validated' FROM pg_constraint k \
           JOIN pg_namespace n ON n.oid = k.connamespace \
           WHERE n.nspname = current_schema() AND NOT k.convalidated \
         ORDER BY 1",
        &[],
    )?;
    rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
}

/// The schema `schema` holds: (kind, name) → definition. Tables are their
/// columns with types, nullability, defaults and collations; indexes,
/// constraints and triggers their definitions as the server prints them.
fn describe(client: &mut impl GenericClient, schema: &str) -> Result<BTreeMap<(String, String), String>> {
    // Definitions name other objects without their schema when it is searched.
    client.batch_execute(&format!("SET LOCAL search_path = \"{schema}\""))?;
    let rows = client.query(
        "SELECT 'table', c.relname::text, string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) \
                || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END \
                || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') \
                || coalesce(' COLLATE ' || co.collname, ''), ', ' ORDER BY a.attnum) \
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
           LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum \
           LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0 \
           WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') GROUP BY c.relname \
         UNION ALL \
         SELECT 'index', c.relname::text, pg_get_indexdef(i.indexrelid) FROM pg_index i \
           JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
           WHERE n.nspname = $1 \
         UNION ALL \
         SELECT 'constraint', t.relname || '.' || k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k \
           JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = k.connamespace \
           WHERE n.nspname = $1 \
         UNION ALL \
         SELECT 'trigger', t.relname || '.' || g.tgname, pg_get_triggerdef(g.oid) FROM pg_trigger g \
           JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace \
           WHERE n.nspname = $1 AND NOT g.tgisinternal",
        &[&schema],
    )?;
    let qualified = format!("{schema}.");
    let quoted = format!("\"{schema}\".");
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get(0)?;
            let name: String = r.try_get(1)?;
            let definition: String = r.try_get(2)?;
            let definition = definition.replace(&quoted, "").replace(&qualified, "");
            Ok(((kind, name), definition))
        })
        .collect()
}

/// How the schema crmctl's tables are in differs from the one the
/// migrations create: the latter is built in a scratch schema inside a
/// transaction that is rolled back, so nothing is left behind.
pub fn differences(client: &mut Client, lock_timeout: &str) -> Result<Vec<String>> {
    let mut tx = client.transaction()?;
    tx.batch_execute(lock_timeout)?;
    let current: Option<String> = tx.query_one("SELECT current_schema()::text", &[])?.try_get(0)?;
    let current = current.ok_or_else(|| Error::storage("no schema is selected (search_path)"))?;
    let found = describe(&mut tx, &current)?;
    tx.batch_execute(&format!("CREATE SCHEMA {SCRATCH}; SET LOCAL search_path = {SCRATCH}")).map_err(|err| {
        Error::from(err).hint("the check builds the expected schema in a scratch schema: grant CREATE on the database")
    })?;
    for sql in MIGRATIONS {
        tx.batch_execute(sql)?;
    }
    tx.batch_execute("CREATE TABLE schema_version (version BIGINT NOT NULL)")?;
    let expected = describe(&mut tx, SCRATCH)?;
    tx.rollback()?;
    let mut problems = Vec::new();
    for ((kind, name), sql) in &expected {
        match found.get(&(kind.clone(), name.clone())) {
            None => problems.push(format!("{kind} {name} is missing")),
            Some(have) if have != sql => problems.push(format!("{kind} {name} differs from the expected one")),
            Some(_) => {}
        }
    }
    for (kind, name) in found.keys().filter(|key| !expected.contains_key(*key)) {
        problems.push(format!("unexpected {kind} {name}"));
    }
    Ok(problems)
}
