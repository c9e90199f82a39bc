//! `filter=` (RFC 7644 §3.4.2.2), parsed by `scim_v2` and evaluated over
//! the resources' views. Only the attributes SPEC lists may be filtered on;
//! anything else is 400 `invalidFilter`.

use scim_v2::filter::{AttrExp, AttrPath, CompValue, CompareOp, Filter, ValFilter};
use serde_json::Value;

use super::{Failure, bad};
use crate::output::scim::{ENTERPRISE, GROUP, USER};

/// Parses a `filter=` with `scim_v2`: 400 `invalidFilter` when it does not
/// parse. The one form SPEC lists that the crate's grammar lacks (see
/// [`sub_attribute_after_brackets`]) is rewritten first.
pub(super) fn parse(raw: &str) -> Result<Filter, Failure> {
    sub_attribute_after_brackets(raw).parse().map_err(|e| bad("invalidFilter", format!("filter: {e}")))
}

/// Rewrites `ATTR[FILTER].SUB OP VALUE` (or `ATTR[FILTER].SUB pr`) as the
/// equivalent `ATTR[(FILTER) and SUB OP VALUE]`: some item of `ATTR`
/// matches both. SPEC lists `emails[type eq "work"].value eq "…"`, which
/// Entra sends, but `scim_v2` parses a sub-attribute after brackets only in
/// PATCH paths. Nothing else is touched: string literals are copied as they
/// are, and text that is not this form is left for the parser to judge.
fn sub_attribute_after_brackets(text: &str) -> String {
    let b = text.as_bytes();
    let name_len =
        |from: usize| b[from..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-').count();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut i, mut copied, mut open, mut in_string) = (0, 0, None, false);
    while i < b.len() {
        match (in_string, b[i]) {
            (true, b'\\') => i += 1,
            (true, b'"') => in_string = false,
            (true, _) => {}
            (false, b'"') => in_string = true,
            (false, b'[') => open = Some(i),
            (false, b']') => {
                let after = i + 2;
                if let Some(start) = open.take()
                    && b.get(i + 1) == Some(&b'.')
                    && b.get(after).is_some_and(u8::is_ascii_alphabetic)
                    && let Some(end) = comparison_end(b, after + name_len(after))
                {
                    out.push_str(&text[copied..=start]);
                    out.push('(');
                    out.push_str(&text[start + 1..i]);
                    out.push_str(") and ");
                    out.push_str(&text[after..end]);
                    out.push(']');
                    (i, copied) = (end, end);
                    continue;
                }
            }
            (false, _) => {}
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Where ` OP VALUE` (or ` pr`) starting at `from` ends, if it is one.
fn comparison_end(b: &[u8], from: usize) -> Option<usize> {
    let spaces = |at: usize| b[at.min(b.len())..].iter().take_while(|c| c.is_ascii_whitespace()).count();
    let op_at = from + spaces(from);
    if op_at == from {
        return None;
    }
    let op_len = b[op_at..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let op = String::from_utf8_lossy(&b[op_at..op_at + op_len]).to_ascii_lowercase();
    let after_op = op_at + op_len;
    if op == "pr" {
        return b.get(after_op).is_none_or(|c| c.is_ascii_whitespace() || *c == b')').then_some(after_op);
    }
    if !matches!(op.as_str(), "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "lt" | "ge" | "le") {
        return None;
    }
    let value_at = after_op + spaces(after_op);
    if value_at == after_op || value_at >= b.len() {
        return None;
    }
    if b[value_at] == b'"' {
        let mut j = value_at + 1;
        while j < b.len() {
            match b[j] {
                b'\\' => j += 2,
                b'"' => return Some(j + 1),
                _ => j += 1,
            }
        }
        return None;
    }
    let len = b[value_at..].iter().take_while(|c| !c.is_ascii_whitespace() && **c != b')').count();
    Some(value_at + len)
}

/// Which resource a filter is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    User,
    /// Groups (roles).
    Group,
}

/// The attribute a path names, as `(extension?, name, sub-attribute)`, with
/// the core schema's URN dropped; lowercase.
fn key(path: &AttrPath, kind: Kind) -> (bool, String, Option<String>) {
    let uri = path.uri.as_deref().map(str::to_ascii_lowercase);
    let core = match kind {
        Kind::User => USER,
        Kind::Group => GROUP,
    };
    let extension = uri.as_deref().is_some_and(|u| u != core.to_ascii_lowercase());
    (extension, path.name.to_ascii_lowercase(), path.sub_attr.as_ref().map(|s| s.to_ascii_lowercase()))
}

/// Refuses a filter on anything SPEC does not list.
pub(super) fn check(filter: &Filter, kind: Kind) -> Result<(), Failure> {
    let allowed = |path: &AttrPath, in_emails: bool| -> bool {
        let (ext, name, sub) = key(path, kind);
        let uri_ok = path.uri.as_deref().is_none_or(|u| {
            let u = u.to_ascii_lowercase();
            u == USER.to_ascii_lowercase() || u == ENTERPRISE.to_ascii_lowercase() || u == GROUP.to_ascii_lowercase()
        });
        if !uri_ok {
            return false;
        }
        match (kind, ext, name.as_str(), sub.as_deref()) {
            (_, _, _, _) if in_emails => matches!((name.as_str(), sub), ("value" | "type" | "primary", None)),
            (Kind::User, false, "username" | "externalid" | "displayname" | "active", None) => true,
            (Kind::User, false, "emails", Some("value")) => true,
            (Kind::User, _, "employeenumber" | "department", None) => true,
            (Kind::Group, false, "displayname", None) => true,
            _ => false,
        }
    };
    fn walk(f: &Filter, ok: &dyn Fn(&AttrPath, bool) -> bool, kind: Kind) -> bool {
        match f {
            Filter::Attr(AttrExp::Present(p) | AttrExp::Comparison(p, _, _)) => ok(p, false),
            Filter::ValuePath(vp) => {
                kind == Kind::User && vp.attr.name.eq_ignore_ascii_case("emails") && val_walk(&vp.filter, ok)
            }
            Filter::Not(_) => false,
            Filter::And(items) | Filter::Or(items) => items.as_slice().iter().all(|i| walk(i, ok, kind)),
        }
    }
    fn val_walk(f: &ValFilter, ok: &dyn Fn(&AttrPath, bool) -> bool) -> bool {
        match f {
            ValFilter::Attr(AttrExp::Present(p) | AttrExp::Comparison(p, _, _)) => ok(p, true),
            ValFilter::Not(_) => false,
            ValFilter::And(items) | ValFilter::Or(items) => items.as_slice().iter().all(|i| val_walk(i, ok)),
        }
    }
    if walk(filter, &allowed, kind) {
        return Ok(());
    }
    Err(bad(
        "invalidFilter",
        "filters may use eq, ne, co, sw, pr, and, or on userName, externalId, emails.value, emails[type eq \"…\"], \
         displayName, active, employeeNumber, department (users) and displayName (groups)",
    ))
}

/// `userName eq "…"` alone: answered by one index lookup.
pub(super) fn user_name_eq(filter: &Filter) -> Option<&str> {
    match filter {
        Filter::Attr(AttrExp::Comparison(p, CompareOp::Eq, CompValue::Str(v)))
            if p.name.eq_ignore_ascii_case("userName") && p.sub_attr.is_none() =>
        {
            Some(v)
        }
        _ => None,
    }
}

/// A key of `object`, ignoring case (RFC 7643 §2.1).
fn field<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// The values a path names in `doc` (an array's items each).
fn values<'a>(doc: &'a Value, path: &AttrPath, kind: Kind) -> Vec<&'a Value> {
    let (ext, _, _) = key(path, kind);
    let scope = if ext { field(doc, ENTERPRISE) } else { Some(doc) };
    let Some(top) = scope.and_then(|s| field(s, &path.name)) else { return Vec::new() };
    let items: Vec<&Value> = match top {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    match &path.sub_attr {
        Some(sub) => items.into_iter().filter_map(|i| field(i, sub)).collect(),
        None => items,
    }
}

fn compare(value: &Value, op: &CompareOp, wanted: &CompValue, case_exact: bool) -> bool {
    let fold = |s: &str| if case_exact { s.to_string() } else { s.to_lowercase() };
    match (value, wanted) {
        (Value::String(s), CompValue::Str(w)) => {
            let (s, w) = (fold(s), fold(w));
            match op {
                CompareOp::Eq => s == w,
                CompareOp::Ne => s != w,
                CompareOp::Co => s.contains(&w),
                CompareOp::Sw => s.starts_with(&w),
                CompareOp::Ew => s.ends_with(&w),
                CompareOp::Gt => s > w,
                CompareOp::Lt => s < w,
                CompareOp::Ge => s >= w,
                CompareOp::Le => s <= w,
            }
        }
        (Value::Bool(b), CompValue::True | CompValue::False) => {
            let w = matches!(wanted, CompValue::True);
            match op {
                CompareOp::Eq => *b == w,
                CompareOp::Ne => *b != w,
                _ => false,
            }
        }
        (Value::Null, CompValue::Null) => matches!(op, CompareOp::Eq),
        _ => matches!(op, CompareOp::Ne),
    }
}

fn present(v: &Value) -> bool {
    !matches!(v, Value::Null) && v != &Value::Array(Vec::new()) && v != &Value::String(String::new())
}

fn attr_matches(doc: &Value, exp: &AttrExp, kind: Kind) -> bool {
    match exp {
        AttrExp::Present(p) => values(doc, p, kind).into_iter().any(present),
        AttrExp::Comparison(p, op, wanted) => {
            let case_exact = p.name.eq_ignore_ascii_case("externalId") || p.name.eq_ignore_ascii_case("id");
            let found = values(doc, p, kind);
            match op {
                // `ne` holds when no value equals (an absent attribute included).
                CompareOp::Ne => !found.iter().any(|v| compare(v, &CompareOp::Eq, wanted, case_exact)),
                _ => found.iter().any(|v| compare(v, op, wanted, case_exact)),
            }
        }
    }
}

fn val_matches(item: &Value, f: &ValFilter) -> bool {
    match f {
        ValFilter::Attr(exp) => attr_matches(item, exp, Kind::User),
        ValFilter::Not(inner) => !val_matches(item, inner),
        ValFilter::And(items) => items.as_slice().iter().all(|i| val_matches(item, i)),
        ValFilter::Or(items) => items.as_slice().iter().any(|i| val_matches(item, i)),
    }
}

/// Whether the view `doc` matches `filter` (already [`check`]ed).
pub(super) fn matches(doc: &Value, filter: &Filter, kind: Kind) -> bool {
    match filter {
        Filter::Attr(exp) => attr_matches(doc, exp, kind),
        Filter::ValuePath(vp) => match field(doc, &vp.attr.name) {
            Some(Value::Array(items)) => items.iter().any(|i| val_matches(i, &vp.filter)),
            _ => false,
        },
        Filter::Not(inner) => !matches(doc, inner, kind),
        Filter::And(items) => items.as_slice().iter().all(|i| matches(doc, i, kind)),
        Filter::Or(items) => items.as_slice().iter().any(|i| matches(doc, i, kind)),
    }
}

/// Matching of a patch path's value filter against one item (`emails[type eq "work"]`).
pub(super) fn item_matches(item: &Value, f: &ValFilter) -> bool {
    val_matches(item, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sub_attribute_after_brackets_becomes_one_value_filter() {
        let cases = [
            (
                r#"emails[type eq "work"].value eq "a@example.com""#,
                r#"emails[(type eq "work") and value eq "a@example.com"]"#,
            ),
            (r#"emails[type eq "work"].value pr"#, r#"emails[(type eq "work") and value pr]"#),
            (
                r#"userName eq "x" and emails[type eq "w]\".v"].value co "@ex" or active eq true"#,
                r#"userName eq "x" and emails[(type eq "w]\".v") and value co "@ex"] or active eq true"#,
            ),
            // Not the form: left for the parser.
            (r#"emails[type eq "work"]"#, r#"emails[type eq "work"]"#),
            (r#"userName eq "a[b].c eq d""#, r#"userName eq "a[b].c eq d""#),
            (r#"emails[type eq "work"].value"#, r#"emails[type eq "work"].value"#),
        ];
        for (raw, rewritten) in cases {
            assert_eq!(sub_attribute_after_brackets(raw), rewritten, "{raw}");
        }
        let Ok(f) = parse(r#"emails[type eq "work"].value eq "A@example.com""#) else { panic!("parses") };
        assert!(check(&f, Kind::User).is_ok());
        let doc = serde_json::json!({"emails": [
            {"value": "home@example.com", "type": "home"},
            {"value": "a@example.com", "type": "work"},
        ]});
        assert!(matches(&doc, &f, Kind::User));
        let Ok(miss) = parse(r#"emails[type eq "work"].value eq "home@example.com""#) else { panic!("parses") };
        assert!(!matches(&doc, &miss, Kind::User), "the work email is not that one");
        assert!(parse(r#"emails[type eq "work"].value"#).is_err());
    }
}
