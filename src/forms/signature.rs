//! Who sent a delivery: one check per kind of form, made on the raw bytes
//! before any of them is parsed. Every comparison is constant-time; a
//! check that cannot be made (a header missing, a value that is not hex)
//! is a failure like a wrong signature, and says nothing more.

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::credentials::codes;
use crate::store::{FormKind, FormRow};

use super::Delivery;

/// How far a signed timestamp may be from the server's clock, either way:
/// an older delivery is a replay, refused (Feishu, 简道云).
pub const MAX_SKEW_SECS: i64 = 300;

/// Whether `delivery` comes from the sender of `form`, at `now` (Unix seconds).
pub fn verify(form: &FormRow, delivery: &Delivery, now: i64) -> bool {
    let key = form.secret.as_bytes();
    match form.kind {
        FormKind::Typeform => typeform(key, delivery),
        FormKind::HmacSha256 => hmac_sha256_hex(key, delivery),
        FormKind::Feishu => feishu(key, delivery, now),
        FormKind::Jiandaoyun => jiandaoyun(key, delivery, now),
        FormKind::Token => token(&form.secret, delivery),
    }
}

/// HMAC-SHA256 of `body` under `key`, compared with `expected` in constant time.
fn hmac_sha256_matches(key: &[u8], body: &[u8], expected: &[u8]) -> bool {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return false };
    mac.update(body);
    mac.verify_slice(expected).is_ok()
}

/// `Typeform-Signature: sha256=<base64 of HMAC-SHA256(secret, body)>`.
fn typeform(key: &[u8], d: &Delivery) -> bool {
    let Some(sig) = d.header("typeform-signature").and_then(|v| v.trim().strip_prefix("sha256=")) else {
        return false;
    };
    let Ok(expected) = base64::engine::general_purpose::STANDARD.decode(sig) else { return false };
    hmac_sha256_matches(key, &d.body, &expected)
}

/// `X-Signature: sha256=<hex of HMAC-SHA256(secret, body)>`.
fn hmac_sha256_hex(key: &[u8], d: &Delivery) -> bool {
    let Some(sig) = d.header("x-signature").and_then(|v| v.trim().strip_prefix("sha256=")) else { return false };
    let Ok(expected) = hex::decode(sig) else { return false };
    hmac_sha256_matches(key, &d.body, &expected)
}

/// A signed Unix timestamp within [`MAX_SKEW_SECS`] of `now`.
fn fresh(timestamp: Option<&str>, now: i64) -> bool {
    timestamp.and_then(|t| t.trim().parse::<i64>().ok()).is_some_and(|t| (now - t).abs() <= MAX_SKEW_SECS)
}

/// Whether the hex text `given` is the digest `computed`, in constant time.
fn hex_matches(given: &str, computed: &[u8]) -> bool {
    match hex::decode(given.trim()) {
        Ok(given) => given.len() == computed.len() && bool::from(given.ct_eq(computed)),
        Err(_) => false,
    }
}

/// Feishu (飞书) with an Encrypt Key: `X-Lark-Signature` is the hex SHA-256
/// of `X-Lark-Request-Timestamp` + `X-Lark-Request-Nonce` + the Encrypt Key
/// + the raw body.
fn feishu(key: &[u8], d: &Delivery, now: i64) -> bool {
    let (Some(timestamp), Some(nonce), Some(sig)) =
        (d.header("x-lark-request-timestamp"), d.header("x-lark-request-nonce"), d.header("x-lark-signature"))
    else {
        return false;
    };
    if !fresh(Some(timestamp), now) {
        return false;
    }
    let mut h = Sha256::new();
    h.update(timestamp.as_bytes());
    h.update(nonce.as_bytes());
    h.update(key);
    h.update(&d.body);
    hex_matches(sig, &h.finalize())
}

/// 简道云 (Jiandaoyun) data push: `X-JDY-Signature` is the hex SHA-1 of
/// `{nonce}:{body}:{secret}:{timestamp}`, with `nonce` and `timestamp` from
/// the query string.
fn jiandaoyun(key: &[u8], d: &Delivery, now: i64) -> bool {
    let (Some(nonce), Some(timestamp), Some(sig)) =
        (d.query_param("nonce"), d.query_param("timestamp"), d.header("x-jdy-signature"))
    else {
        return false;
    };
    if !fresh(Some(&timestamp), now) {
        return false;
    }
    let mut h = Sha1::new();
    h.update(nonce.as_bytes());
    h.update(b":");
    h.update(&d.body);
    h.update(b":");
    h.update(key);
    h.update(b":");
    h.update(timestamp.as_bytes());
    hex_matches(sig, &h.finalize())
}

/// A secret path segment whose SHA-256 digest is the one stored.
fn token(digest: &str, d: &Delivery) -> bool {
    let Some(secret) = d.path_secret.as_deref().filter(|s| !s.is_empty()) else { return false };
    let computed = codes::digest(secret);
    computed.len() == digest.len() && bool::from(computed.as_bytes().ct_eq(digest.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(kind: FormKind, secret: &str) -> FormRow {
        FormRow {
            id: 1,
            name: "f".into(),
            kind,
            secret: secret.into(),
            maps: Vec::new(),
            department: None,
            role: None,
            created_at: String::new(),
            created_by: String::new(),
        }
    }

    /// The bytes each scheme hashes, and the timestamp window (the tests
    /// through the binary sign with Python's `hmac`/`hashlib` instead).
    #[test]
    fn feishu_and_jiandaoyun_with_their_timestamps() {
        let body = br#"{"op":1}"#.to_vec();
        let jdy = Delivery {
            headers: vec![("X-JDY-Signature".into(), "6c0b0d7ff0e58c8c1f06ea1e1b1f5c1b11a4d8e1".into())],
            query: "nonce=n1&timestamp=1700000000".into(),
            body: body.clone(),
            ..Delivery::default()
        };
        // Not the right digest: refused; stale: refused whatever the digest.
        assert!(!verify(&form(FormKind::Jiandaoyun, "s3cret"), &jdy, 1_700_000_000));
        let mut h = Sha1::new();
        h.update(b"n1:{\"op\":1}:s3cret:1700000000");
        let good = hex::encode(h.finalize());
        let jdy = Delivery { headers: vec![("x-jdy-signature".into(), good)], ..jdy };
        assert!(verify(&form(FormKind::Jiandaoyun, "s3cret"), &jdy, 1_700_000_100));
        assert!(!verify(&form(FormKind::Jiandaoyun, "s3cret"), &jdy, 1_700_000_000 + MAX_SKEW_SECS + 1));
        assert!(!verify(&form(FormKind::Jiandaoyun, "other"), &jdy, 1_700_000_000));
        assert!(!verify(&form(FormKind::Feishu, "s3cret"), &jdy, 1_700_000_000), "no Lark headers");
        assert!(!verify(&form(FormKind::Token, &codes::digest("x")), &jdy, 0), "no path secret");
    }
}
