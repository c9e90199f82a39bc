//! PATCH (RFC 7644 §3.5.2) applied to a resource's view: `add`, `replace`
//! and `remove` with the op in any case, paths parsed by `scim_v2`
//! (value-filter paths such as `emails[type eq "work"].value` included), and
//! path-less values as Okta and Entra send them. The patched view then
//! replaces the resource through the library, as a `PUT` would.

use scim_v2::filter::{AttrExp, AttrPath, CompValue, CompareOp, PatchPath, ValFilter};
use scim_v2::models::others::{OperationTarget, PatchOp, PatchOperation};
use serde_json::{Map, Value};

use super::{Failure, bad, filter};
use crate::output::scim::{ENTERPRISE, GROUP, USER};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Replace,
    Remove,
}

/// Reads a PATCH body: the `op` of each operation in any case.
pub(super) fn parse(mut body: Value) -> Result<PatchOp, Failure> {
    if let Some(ops) = body.get_mut("Operations").and_then(Value::as_array_mut) {
        for op in ops.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(Value::String(name)) = op.get_mut("op") {
                *name = name.to_ascii_lowercase();
            }
        }
    }
    let patch: PatchOp = serde_json::from_value(body).map_err(|e| bad("invalidSyntax", format!("PATCH: {e}")))?;
    scim_v2::Validate::validate(&patch).map_err(|e| bad("invalidValue", format!("PATCH: {e}")))?;
    Ok(patch)
}

/// Applies every operation of `patch` to `doc`, in order.
pub(super) fn apply(doc: &mut Value, patch: &PatchOp) -> Result<(), Failure> {
    for operation in &patch.operations {
        match operation {
            PatchOperation::Add(target) => apply_target(doc, Op::Add, target)?,
            PatchOperation::Replace(target) => apply_target(doc, Op::Replace, target)?,
            PatchOperation::Remove { path, value } => at_path(doc, Op::Remove, path, value.clone())?,
        }
    }
    Ok(())
}

fn apply_target(doc: &mut Value, op: Op, target: &OperationTarget) -> Result<(), Failure> {
    match target {
        OperationTarget::WithPath { path, value } => at_path(doc, op, path, value.clone()),
        OperationTarget::WithoutPath { value } => {
            for (name, v) in value {
                let lower = name.to_ascii_lowercase();
                if lower == ENTERPRISE.to_ascii_lowercase() {
                    // The extension's attributes, each.
                    let Value::Object(inner) = v else { return Err(bad("invalidValue", "the extension is an object")) };
                    for (sub, v) in inner {
                        set(doc, op, Some(ENTERPRISE), sub, None, v.clone())?;
                    }
                    continue;
                }
                // A key may itself be a path (`name.givenName`, a URN-prefixed attribute).
                let path: PatchPath =
                    name.parse().map_err(|e| bad("invalidPath", format!("'{}': {e}", name.escape_debug())))?;
                at_path(doc, op, &path, Some(v.clone()))?;
            }
            Ok(())
        }
    }
}

/// The object holding the attribute `path` names (the resource, or the
/// enterprise extension), created when missing.
fn scope<'a>(doc: &'a mut Value, uri: Option<&str>) -> Result<&'a mut Map<String, Value>, Failure> {
    let root = doc.as_object_mut().ok_or_else(|| bad("invalidValue", "not an object"))?;
    let extension = uri.is_some_and(|u| {
        let u = u.to_ascii_lowercase();
        u != USER.to_ascii_lowercase() && u != GROUP.to_ascii_lowercase()
    });
    if !extension {
        return Ok(root);
    }
    if uri.is_some_and(|u| !u.eq_ignore_ascii_case(ENTERPRISE)) {
        return Err(bad("invalidPath", format!("unknown schema {}", uri.unwrap_or_default())));
    }
    let slot = root.entry(ENTERPRISE.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    slot.as_object_mut().ok_or_else(|| bad("invalidValue", "the extension is an object"))
}

/// The key of `map` equal to `name` ignoring case, else `name`.
fn key_of(map: &Map<String, Value>, name: &str) -> String {
    map.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned().unwrap_or_else(|| name.to_string())
}

fn at_path(doc: &mut Value, op: Op, path: &PatchPath, value: Option<Value>) -> Result<(), Failure> {
    match path {
        PatchPath::Attr(AttrPath { uri, name, sub_attr }) => {
            // `urn:…:enterprise:2.0:User` alone names the whole extension.
            if uri.is_none() && name.to_ascii_lowercase().starts_with("urn:") {
                return Err(bad("invalidPath", format!("unknown attribute {name}")));
            }
            let full = format!("{}:{name}", uri.as_deref().unwrap_or_default());
            if sub_attr.is_none() && full.eq_ignore_ascii_case(ENTERPRISE) {
                let root = doc.as_object_mut().ok_or_else(|| bad("invalidValue", "not an object"))?;
                return match (op, value) {
                    (Op::Remove, _) => {
                        root.remove(ENTERPRISE);
                        Ok(())
                    }
                    (_, Some(Value::Object(inner))) => {
                        for (sub, v) in inner {
                            set(doc, op, Some(ENTERPRISE), &sub, None, v)?;
                        }
                        Ok(())
                    }
                    _ => Err(bad("invalidValue", "the extension is an object")),
                };
            }
            match op {
                Op::Remove => remove(doc, uri.as_deref(), name, sub_attr.as_deref(), value),
                _ => set(doc, op, uri.as_deref(), name, sub_attr.as_deref(), value.unwrap_or(Value::Null)),
            }
        }
        PatchPath::Value(vp) => {
            let map = scope(doc, vp.attr.uri.as_deref())?;
            let key = key_of(map, &vp.attr.name);
            let items = map.entry(key).or_insert_with(|| Value::Array(Vec::new()));
            if !items.is_array() {
                *items = Value::Array(Vec::new());
            }
            let Value::Array(items) = items else { return Ok(()) };
            let hits: Vec<usize> = (0..items.len()).filter(|i| filter::item_matches(&items[*i], &vp.filter)).collect();
            match (op, &vp.sub_attr) {
                (Op::Remove, None) => {
                    let hit: std::collections::HashSet<usize> = hits.into_iter().collect();
                    let mut i = 0;
                    items.retain(|_| {
                        i += 1;
                        !hit.contains(&(i - 1))
                    });
                }
                (Op::Remove, Some(sub)) => {
                    for i in hits {
                        if let Some(item) = items[i].as_object_mut() {
                            let k = key_of(item, sub);
                            item.remove(&k);
                        }
                    }
                }
                (_, sub) => {
                    let value = value.unwrap_or(Value::Null);
                    if hits.is_empty() && op == Op::Add || hits.is_empty() && op == Op::Replace {
                        // Entra adds `emails[type eq "work"].value` before any work email exists.
                        let mut item = Map::new();
                        if let ValFilter::Attr(AttrExp::Comparison(p, CompareOp::Eq, wanted)) = &vp.filter {
                            item.insert(p.name.clone(), comp_value(wanted));
                        }
                        match sub {
                            Some(sub) => {
                                item.insert(sub.clone(), value);
                            }
                            None => {
                                if let Value::Object(v) = value {
                                    item.extend(v);
                                }
                            }
                        }
                        items.push(Value::Object(item));
                        return Ok(());
                    }
                    for i in hits {
                        match (sub, items[i].as_object_mut()) {
                            (Some(sub), Some(item)) => {
                                let k = key_of(item, sub);
                                item.insert(k, value.clone());
                            }
                            (None, Some(item)) => {
                                if let Value::Object(v) = &value {
                                    for (k, v) in v {
                                        let k = key_of(item, k);
                                        item.insert(k, v.clone());
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            Ok(())
        }
    }
}

fn comp_value(v: &CompValue) -> Value {
    match v {
        CompValue::False => Value::Bool(false),
        CompValue::True => Value::Bool(true),
        CompValue::Null => Value::Null,
        CompValue::Number(n) => Value::Number(n.clone()),
        CompValue::Str(s) => Value::String(s.clone()),
    }
}

/// `add` or `replace` of one attribute (or one sub-attribute).
fn set(doc: &mut Value, op: Op, uri: Option<&str>, name: &str, sub: Option<&str>, value: Value) -> Result<(), Failure> {
    let map = scope(doc, uri)?;
    let key = key_of(map, name);
    if let Some(sub) = sub {
        let parent = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
        if !parent.is_object() {
            *parent = Value::Object(Map::new());
        }
        if let Some(parent) = parent.as_object_mut() {
            let k = key_of(parent, sub);
            parent.insert(k, value);
        }
        return Ok(());
    }
    match (op, map.get_mut(&key), value) {
        // `add` to a multi-valued attribute appends what is not there yet.
        (Op::Add, Some(Value::Array(items)), Value::Array(new)) => {
            // Linear, not quadratic: a PATCH of thousands of values must not
            // hold a worker for minutes.
            let mut seen: std::collections::HashSet<String> = items.iter().map(Value::to_string).collect();
            for v in new {
                if seen.insert(v.to_string()) {
                    items.push(v);
                }
            }
        }
        (Op::Add, Some(Value::Array(items)), v @ Value::Object(_)) => {
            if !items.contains(&v) {
                items.push(v);
            }
        }
        // A complex attribute takes the sub-attributes given, keeps the others.
        (_, Some(Value::Object(old)), Value::Object(new)) => {
            for (k, v) in new {
                let k = key_of(old, &k);
                old.insert(k, v);
            }
        }
        (_, _, v) => {
            map.insert(key, v);
        }
    }
    Ok(())
}

/// `remove` of an attribute, a sub-attribute, or (with a value, as Entra
/// and Okta remove group members) the listed items of a multi-valued one.
fn remove(
    doc: &mut Value,
    uri: Option<&str>,
    name: &str,
    sub: Option<&str>,
    value: Option<Value>,
) -> Result<(), Failure> {
    let map = scope(doc, uri)?;
    let key = key_of(map, name);
    match (sub, value, map.get_mut(&key)) {
        (Some(sub), _, Some(Value::Object(parent))) => {
            let k = key_of(parent, sub);
            parent.remove(&k);
        }
        (Some(sub), _, Some(Value::Array(items))) => {
            for item in items.iter_mut().filter_map(Value::as_object_mut) {
                let k = key_of(item, sub);
                item.remove(&k);
            }
        }
        (None, Some(Value::Array(gone)), Some(Value::Array(items))) => {
            let values: std::collections::HashSet<String> =
                gone.iter().filter_map(|g| g.get("value")).map(Value::to_string).collect();
            items.retain(|i| !i.get("value").is_some_and(|v| values.contains(&v.to_string())));
        }
        (None, _, _) => {
            map.remove(&key);
        }
        _ => {}
    }
    Ok(())
}
