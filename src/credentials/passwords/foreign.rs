//! Stored password hashes of every family crmctl verifies: its own argon2id
//! and those imported from other systems (argon2i and argon2d, bcrypt,
//! Django's PBKDF2-SHA256, SHA-512-crypt).
//!
//! This module tells the families apart, refuses malformed strings and hands
//! each well-formed one to its own crate to verify: no hash function and no
//! comparison of secrets is written here. It never makes a hash (new hashes
//! are argon2id, made by the parent module), and its messages never repeat a
//! whole hash, only the leading identifier and parameters.

use std::str::FromStr;

use argon2::password_hash::PasswordVerifier;
use argon2::password_hash::phc::{Output, PasswordHash};
use argon2::{Argon2, Params, Version};

use crate::error::{Error, Result};

/// The formats `password_hash` takes, for hints.
pub const ACCEPTED_FORMATS: &str = "password_hash takes, as they are: argon2 ($argon2id$…, $argon2i$…, $argon2d$…), \
     bcrypt ($2a$…, $2b$…, $2y$…), Django PBKDF2 (pbkdf2_sha256$ITERATIONS$SALT$HASH) and SHA-512-crypt ($6$…)";

// The most a stored hash may cost: a login, which anyone who knows a
// username can start, must not take more than about a second or 256 MiB
// (several run at once, up to the lockout threshold). The common settings of
// other systems fit well within: Django 6.0 makes 1,200,000 PBKDF2 rounds,
// passlib 656,000 SHA-512-crypt rounds, bcrypt libraries cost 10 to 12.
// Above them a hash is refused at import and fails to verify.
const MAX_ARGON2_M_KIB: u32 = 262_144;
const MAX_ARGON2_T: u32 = 16;
const MAX_ARGON2_P: u32 = 16;
/// 2^14 rounds: about a second.
const MAX_BCRYPT_COST: u32 = 14;
const MAX_PBKDF2_ITERATIONS: u32 = 2_000_000;
const MAX_SHA_CRYPT_ROUNDS: u32 = 1_000_000;

/// The one output length crmctl reads from Django's hashers (SHA-256's).
const DJANGO_OUTPUT_LEN: usize = 32;

/// The families, by the prefix that names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Argon2,
    Bcrypt,
    Django,
    ShaCrypt,
}

const PREFIXES: &[(&str, Family)] = &[
    ("$argon2id$", Family::Argon2),
    ("$argon2i$", Family::Argon2),
    ("$argon2d$", Family::Argon2),
    ("$2a$", Family::Bcrypt),
    ("$2b$", Family::Bcrypt),
    ("$2y$", Family::Bcrypt),
    ("pbkdf2_sha256$", Family::Django),
    ("$6$", Family::ShaCrypt),
];

fn family(text: &str) -> Option<Family> {
    PREFIXES.iter().find(|(prefix, _)| text.starts_with(prefix)).map(|(_, family)| *family)
}

/// A stored hash, parsed and within the ceilings above.
#[derive(Debug)]
pub(super) enum StoredHash<'a> {
    /// argon2id, argon2i or argon2d, any version and parameters.
    Argon2(Box<PasswordHash>),
    /// `$2a$`, `$2b$` or `$2y$`: one function under three names (PHP's buggy `$2x$` is not taken).
    Bcrypt(&'a str),
    /// `pbkdf2_sha256$ITERATIONS$SALT$HASH`, as Django stores it.
    Django { iterations: u32, salt: &'a str, expected: Output },
    /// `$6$[rounds=N$]SALT$HASH`.
    ShaCrypt(&'a str),
}

impl StoredHash<'_> {
    /// Whether `password` is the one this hash was made from, by the family's
    /// own algorithm and its constant-time comparison.
    pub(super) fn verify(&self, password: &[u8]) -> bool {
        match self {
            StoredHash::Argon2(hash) => Argon2::default().verify_password(password, hash.as_ref()).is_ok(),
            StoredHash::Bcrypt(text) => bcrypt::verify(password, text).unwrap_or(false),
            StoredHash::Django { iterations, salt, expected } => {
                let mut computed = [0u8; DJANGO_OUTPUT_LEN];
                pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt.as_bytes(), *iterations, &mut computed);
                // `Output`'s `==` is the phc crate's constant-time comparison
                // (ctutils), the one argon2 verification uses.
                Output::new(&computed).is_ok_and(|computed| computed == *expected)
            }
            StoredHash::ShaCrypt(text) => sha_crypt::ShaCrypt::SHA512.verify_password(password, *text).is_ok(),
        }
    }
}

/// Parses a stored hash of any supported family. The error is a reason that
/// does not repeat the hash.
pub(super) fn parse(text: &str) -> std::result::Result<StoredHash<'_>, String> {
    match family(text) {
        Some(Family::Argon2) => argon2(text).map(|hash| StoredHash::Argon2(Box::new(hash))),
        Some(Family::Bcrypt) => bcrypt(text).map(|()| StoredHash::Bcrypt(text)),
        Some(Family::Django) => django(text),
        Some(Family::ShaCrypt) => sha_crypt(text).map(|()| StoredHash::ShaCrypt(text)),
        None => Err("not one of the supported formats".into()),
    }
}

fn argon2(text: &str) -> std::result::Result<PasswordHash, String> {
    let mut hash = PasswordHash::new(text).map_err(|err| format!("malformed argon2 hash: {err}"))?;
    match hash.version {
        Some(version) => {
            Version::try_from(version).map_err(|_| format!("argon2 version v={version} is not 16 or 19"))?;
        }
        // The reference implementation reads a string without `v=` as
        // version 1.0 (0x10); the argon2 crate would take the current one.
        None => hash.version = Some(Version::V0x10.into()),
    }
    let params = Params::try_from(&hash).map_err(|err| format!("malformed argon2 parameters: {err}"))?;
    if hash.salt.is_none() || hash.hash.is_none() {
        return Err("argon2 hash without a salt or an output".into());
    }
    let (m, t, p) = (params.m_cost(), params.t_cost(), params.p_cost());
    if m > MAX_ARGON2_M_KIB || t > MAX_ARGON2_T || p > MAX_ARGON2_P {
        return Err(format!(
            "argon2 parameters m={m},t={t},p={p} are above the most crmctl verifies \
             (m={MAX_ARGON2_M_KIB},t={MAX_ARGON2_T},p={MAX_ARGON2_P})"
        ));
    }
    Ok(hash)
}

fn bcrypt(text: &str) -> std::result::Result<(), String> {
    let parts = bcrypt::HashParts::from_str(text).map_err(|err| format!("malformed bcrypt hash: {err}"))?;
    let cost = parts.get_cost();
    if !(4..=MAX_BCRYPT_COST).contains(&cost) {
        return Err(format!("bcrypt cost {cost} is outside 4 to {MAX_BCRYPT_COST}"));
    }
    Ok(())
}

fn django(text: &str) -> std::result::Result<StoredHash<'_>, String> {
    let malformed = || "malformed Django hash: expected pbkdf2_sha256$ITERATIONS$SALT$HASH".to_string();
    let rest = text.strip_prefix("pbkdf2_sha256$").ok_or_else(malformed)?;
    let mut fields = rest.split('$');
    let (Some(iterations), Some(salt), Some(hash), None) = (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(malformed());
    };
    let iterations = iterations
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| iterations.parse::<u32>().ok())
        .flatten()
        .filter(|n| (1..=MAX_PBKDF2_ITERATIONS).contains(n))
        .ok_or_else(|| format!("Django hash iterations are not a number from 1 to {MAX_PBKDF2_ITERATIONS}"))?;
    if salt.is_empty() || !salt.chars().all(|c| c.is_ascii_graphic()) {
        return Err("Django hash salt is empty or not printable ASCII".into());
    }
    // Django writes the 32 bytes in standard Base64 with its one `=` of
    // padding; phc's `Output` decodes the same alphabet unpadded.
    let expected = hash
        .strip_suffix('=')
        .and_then(|unpadded| Output::decode(unpadded).ok())
        .filter(|output| output.len() == DJANGO_OUTPUT_LEN)
        .ok_or_else(|| "Django hash output is not 32 bytes of Base64".to_string())?;
    Ok(StoredHash::Django { iterations, salt, expected })
}

/// The alphabet of crypt(3) salts and outputs.
fn is_crypt_base64(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/')
}

fn sha_crypt(text: &str) -> std::result::Result<(), String> {
    let malformed = || "malformed SHA-512-crypt hash: expected $6$[rounds=N$]SALT$HASH".to_string();
    sha_crypt::PasswordHashRef::new(text).map_err(|_| malformed())?;
    let rest = text.strip_prefix("$6$").ok_or_else(malformed)?;
    let fields: Vec<&str> = rest.split('$').collect();
    let (salt, hash) = match fields.as_slice() {
        [salt, hash] => (*salt, *hash),
        [rounds, salt, hash] => {
            let n = rounds
                .strip_prefix("rounds=")
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse::<u32>().ok())
                .filter(|n| *n <= MAX_SHA_CRYPT_ROUNDS && sha_crypt::Params::new(*n).is_ok());
            if n.is_none() {
                let min = sha_crypt::Params::ROUNDS_MIN;
                return Err(format!(
                    "SHA-512-crypt rounds are not rounds=N with N from {min} to {MAX_SHA_CRYPT_ROUNDS}"
                ));
            }
            (*salt, *hash)
        }
        _ => return Err(malformed()),
    };
    if salt.is_empty() || salt.len() > 16 || !is_crypt_base64(salt) {
        return Err("SHA-512-crypt salt is not 1 to 16 characters of [./0-9A-Za-z]".into());
    }
    // 64 bytes in crypt's Base64 are 86 characters.
    if hash.len() != 86 || !is_crypt_base64(hash) {
        return Err("SHA-512-crypt output is not 86 characters of [./0-9A-Za-z]".into());
    }
    Ok(())
}

/// Whether `text` is shaped like a hash of a supported family (by its prefix
/// alone): a `password` cell that is one was meant for `password_hash`.
pub fn looks_like_hash(text: &str) -> bool {
    family(text.trim()).is_some()
}

/// Checks a hash brought from another system (a `password_hash` cell) and
/// returns the string to store: the hash as it is, without surrounding blanks.
///
/// Accepted: argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$`, any parameters
/// up to crmctl's own ceilings), bcrypt (`$2a$`, `$2b$`, `$2y$`), Django's
/// `pbkdf2_sha256$ITERATIONS$SALT$HASH` and SHA-512-crypt
/// (`$6$[rounds=N$]SALT$HASH`). Anything else, or a malformed one, is an
/// exit-5 error whose message shows at most the hash's leading identifier.
pub fn imported_hash(text: &str) -> Result<String> {
    let text = text.trim();
    match parse(text) {
        Ok(_) => Ok(text.to_string()),
        Err(reason) => {
            let shown = shown(text).map(|s| format!(" ({s})")).unwrap_or_default();
            Err(Error::invalid(format!("password hash refused{shown}: {reason}")).hint(ACCEPTED_FORMATS))
        }
    }
}

/// What a message may show of a refused hash: the identifier and, for a known
/// family, the short field after it (`$2b$12$…`, `pbkdf2_sha256$600000$…`).
/// Nothing for a string that does not start like a hash: it may be a
/// password typed into the wrong column.
fn shown(text: &str) -> Option<String> {
    let is_ident =
        |s: &str| !s.is_empty() && s.len() <= 24 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let (lead, rest) = match text.strip_prefix('$') {
        Some(rest) => ("$", rest),
        None => ("", text),
    };
    let (ident, after) = rest.split_once('$')?;
    if !is_ident(ident) {
        return None;
    }
    let mut out = format!("{lead}{ident}$");
    if family(text).is_some() {
        let next = after.split('$').next().unwrap_or("");
        let short = next.len() <= 16 && next.bytes().all(|b| b.is_ascii_alphanumeric() || b"=,".contains(&b));
        if short && after.len() > next.len() {
            out.push_str(next);
            out.push('$');
        }
    }
    out.push('…');
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::passwords::{Policy, Secret, verify};
    use crate::error::Kind;

    const PASSWORD: &str = "correct horse battery";

    // Known answers made by independent implementations, with cheap parameters
    // so that the tests stay fast, by CPython 3.11.7 in the venv of
    // tests/python/requirements.txt (bcrypt 5.0.0, passlib 1.7.4, argon2-cffi
    // 25.1.0), for the password "correct horse battery":
    //   bcrypt.hashpw(pw, bcrypt.gensalt(rounds=4))                  (and rounds=5, prefix=b"2a")
    //   passlib.hash.django_pbkdf2_sha256.using(rounds=1000).hash(pw)
    //   passlib.hash.sha512_crypt.using(rounds=5000).hash(pw)        (5000 is implicit: no rounds=)
    //   passlib.hash.sha512_crypt.using(rounds=1000).hash(pw)
    //   argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=2).hash(pw)
    //   argon2.low_level.hash_secret(pw, b"crmctl-kat-salt!", time_cost=2, memory_cost=512,
    //       parallelism=1, hash_len=32 (24 for d), type=Type.I / Type.D)
    //   the same with time_cost=1, memory_cost=256, type=Type.ID, version=0x10
    const BCRYPT_2B: &str = "$2b$04$YTymSdDACAkdtC/wZtS8I.2lD9dEa3asiYTPNYrAOMV97sE2pNY3.";
    const BCRYPT_2A: &str = "$2a$05$WRAw6.3Ut7EgQQlJJK90n.cG2mMutf.PvMsmGsqIJ9GyYGqVYUJqG";
    const DJANGO: &str = "pbkdf2_sha256$1000$i3mfDQXy1dTr$htK3uqVA3NC0OMzcZCLxgxM8dZWx47RMGZPFLsastOQ=";
    const SHA512_IMPLICIT_ROUNDS: &str =
        "$6$mmALcX.RSc937KVf$Xe4ziu.2KlzolI7n0LCyRVE6C/iDZA.BBsp6i57raIeS8p2LkIk/KG3BShaTL3NtIFrl8r/8NRhZHVP8yJbK50";
    const SHA512_ROUNDS: &str = "$6$rounds=1000$oFQtbFUIm8siP1nP$eKvPAcnAvg7mKMrceTxW394XVpAgeRbtDVsPpWrxlnCLb6MhGRHtoZKD7LC0uA40qUBSYU/4j58G5yo4iznOd0";
    const ARGON2ID: &str =
        "$argon2id$v=19$m=1024,t=1,p=2$S2N1GUAY1DfqKuo5LQCw9g$8QYlf1JmUqONeMAm0ApYYR4kzLonR1EHXis9b7n8eSk";
    const ARGON2I: &str =
        "$argon2i$v=19$m=512,t=2,p=1$Y3JtY3RsLWthdC1zYWx0IQ$kMcKvoXiaCy7DIWzX/BIRjGBpnZlTxP9cBC6TFmT96c";
    const ARGON2D: &str = "$argon2d$v=19$m=512,t=2,p=1$Y3JtY3RsLWthdC1zYWx0IQ$9lYXJvy46r2y+YOBm8d/7iOlxX+cXKUs";
    const ARGON2ID_V16: &str =
        "$argon2id$v=16$m=256,t=1,p=1$Y3JtY3RsLWthdC1zYWx0IQ$hzfrIIhX8/xPJwu3oRLyDVzcmA0MFdLWM/CWgquekIM";
    // ARGON2ID_V16 without its `v=16`: argon2-cffi's verify_secret accepts it,
    // as libargon2 reads a missing version as 1.0.
    const ARGON2ID_NO_VERSION: &str =
        "$argon2id$m=256,t=1,p=1$Y3JtY3RsLWthdC1zYWx0IQ$hzfrIIhX8/xPJwu3oRLyDVzcmA0MFdLWM/CWgquekIM";

    // Refused families, made by passlib 1.7.4 and hashlib for the same password:
    // md5_crypt, django_pbkdf2_sha1, sha256_crypt, and a bare SHA-256 hex digest.
    const MD5_CRYPT: &str = "$1$HRMsyjji$x7BvZSOV6o94QawZO4Byw0";
    const DJANGO_SHA1: &str = "pbkdf2_sha1$1000$cV6Q7aXtoHJX$1iwEWLeWxKR73xzF8os5leVIFbI=";
    const SHA256_CRYPT: &str = "$5$rounds=1000$VgeojbW/60F1KxA0$dXLf0l1ys/jl3jqTLBxijbv4Sfwl7uia0IO.leroXh.";
    const HEX: &str = "9028ea0d15decaa35b2da21c0290af3b1a5ba0a30a591906f89b5074e209ea72";

    fn every_family() -> Vec<String> {
        let bcrypt_2y = BCRYPT_2B.replacen("$2b$", "$2y$", 1); // PHP's name for the same function
        [BCRYPT_2B, BCRYPT_2A, &bcrypt_2y, DJANGO, SHA512_IMPLICIT_ROUNDS, SHA512_ROUNDS]
            .into_iter()
            .chain([ARGON2ID, ARGON2I, ARGON2D, ARGON2ID_V16, ARGON2ID_NO_VERSION])
            .map(String::from)
            .collect()
    }

    #[test]
    fn every_family_verifies_the_right_password_and_refuses_a_wrong_one() {
        for hash in every_family() {
            assert!(verify(&Secret::new(PASSWORD), &hash), "right password refused by {hash}");
            assert!(!verify(&Secret::new("correct horse batterY"), &hash), "wrong password accepted by {hash}");
            assert!(!verify(&Secret::new(""), &hash), "empty password accepted by {hash}");
        }
    }

    #[test]
    fn a_changed_output_does_not_verify() {
        for hash in every_family() {
            // Change one character of the output, keeping its alphabet.
            let mut bytes = hash.clone().into_bytes();
            let last = bytes.len() - 3;
            bytes[last] = if bytes[last] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap_or_default();
            assert!(!verify(&Secret::new(PASSWORD), &changed), "{changed}");
        }
    }

    #[test]
    fn imported_hash_takes_every_family_as_it_is() -> Result<()> {
        for hash in every_family() {
            assert_eq!(imported_hash(&hash)?, hash);
            assert!(looks_like_hash(&hash), "{hash}");
        }
        assert_eq!(imported_hash(&format!("  {DJANGO}\t"))?, DJANGO, "surrounding blanks dropped");
        Ok(())
    }

    #[test]
    fn imported_hash_refuses_other_formats_without_echoing_them() {
        let cases: Vec<(String, Option<&str>)> = vec![
            (MD5_CRYPT.into(), Some("($1$…)")),
            (DJANGO_SHA1.into(), Some("(pbkdf2_sha1$…)")),
            (SHA256_CRYPT.into(), Some("($5$…)")),
            (BCRYPT_2B.replacen("$2b$", "$2x$", 1), Some("($2x$…)")),
            (HEX.into(), None),
            ("correct horse battery".into(), None),
            (String::new(), None),
            // Malformed members of supported families.
            (BCRYPT_2B[..59].into(), Some("($2b$04$…)")),
            (BCRYPT_2B.replacen("$04$", "$03$", 1), Some("cost 3")),
            (BCRYPT_2B.replacen("$04$", "$31$", 1), Some("cost 31")),
            (DJANGO.replacen("$1000$", "$0$", 1), Some("iterations")),
            (DJANGO.replacen("$1000$", "$+1000$", 1), Some("iterations")),
            (DJANGO.trim_end_matches('=').into(), Some("32 bytes")),
            (DJANGO.replacen("i3mfDQXy1dTr", "", 1), Some("salt")),
            (format!("{DJANGO}$extra"), Some("expected pbkdf2_sha256$ITERATIONS$SALT$HASH")),
            (SHA512_ROUNDS.replacen("rounds=1000", "rounds=999", 1), Some("rounds")),
            (SHA512_ROUNDS.replacen("rounds=1000", "rounds=20000000", 1), Some("rounds")),
            (SHA512_ROUNDS[..SHA512_ROUNDS.len() - 1].into(), Some("86 characters")),
            (SHA512_IMPLICIT_ROUNDS.replacen("mmALcX.RSc937KVf", "mmALcX.RSc937KVf0", 1), Some("salt")),
            ("$6$".into(), Some("SHA-512-crypt")),
            (ARGON2ID.replacen("m=1024", "m=4294967295", 1), Some("above the most")),
            (ARGON2ID.replacen("t=1", "t=101", 1), Some("above the most")),
            (ARGON2ID.replacen("v=19", "v=18", 1), Some("version")),
            (ARGON2ID.replacen("m=1024", "x=1024", 1), Some("argon2")),
            (ARGON2ID.rsplit_once('$').map(|(head, _)| head.to_string()).unwrap_or_default(), Some("argon2")),
        ];
        for (text, expected) in cases {
            let err = imported_hash(&text).err();
            let Some(err) = err else { panic!("accepted: {text}") };
            assert_eq!(err.kind, Kind::Invalid, "{text}");
            assert!(!err.message.contains('\n'), "{}", err.message);
            if let Some(expected) = expected {
                assert!(err.message.contains(expected), "{text}: {}", err.message);
            }
            if text.len() > 20 {
                assert!(!err.message.contains(&text[..20]), "the hash is echoed: {}", err.message);
            }
            assert_eq!(err.hints, [ACCEPTED_FORMATS], "{text}");
            assert!(!verify(&Secret::new(PASSWORD), &text), "{text}");
        }
    }

    #[test]
    fn a_refused_hash_shows_its_family_and_first_field() {
        let shown_of = |text: &str| imported_hash(text).err().map(|e| e.message).unwrap_or_default();
        assert!(shown_of(&BCRYPT_2B.replacen("$04$", "$31$", 1)).starts_with("password hash refused ($2b$31$…): "));
        assert!(shown_of(&DJANGO.replacen("=", "", 1)).starts_with("password hash refused (pbkdf2_sha256$1000$…): "));
        assert!(shown_of(HEX).starts_with("password hash refused: "));
    }

    #[test]
    fn looks_like_hash_knows_the_four_families_by_prefix() {
        for text in ["$argon2id$x", "$argon2i$x", "$argon2d$x", "$2a$x", "$2b$x", "$2y$x", "pbkdf2_sha256$x", "$6$x"] {
            assert!(looks_like_hash(text), "{text}");
            assert!(looks_like_hash(&format!(" {text} ")), "{text}");
        }
        for text in [MD5_CRYPT, DJANGO_SHA1, SHA256_CRYPT, HEX, "$2x$", "$argon2$", "correct horse battery", "", "$"] {
            assert!(!looks_like_hash(text), "{text}");
        }
    }

    #[test]
    fn every_imported_hash_but_current_argon2id_needs_rehash() -> Result<()> {
        let policy = Policy { argon2_m_kib: 1024, argon2_t: 1, argon2_p: 2, ..Policy::default() };
        // ARGON2ID has exactly these parameters, as argon2-cffi wrote them.
        assert!(!policy.needs_rehash(ARGON2ID));
        for hash in every_family().iter().filter(|h| h.as_str() != ARGON2ID) {
            assert!(policy.needs_rehash(hash), "{hash}");
        }
        let ours = policy.hash(&Secret::new(PASSWORD))?;
        assert!(!policy.needs_rehash(&ours));
        assert!(Policy::default().needs_rehash(ARGON2ID), "other parameters");
        let short_output = Policy { argon2_m_kib: 512, argon2_t: 2, argon2_p: 1, ..Policy::default() };
        assert!(short_output.needs_rehash(ARGON2D), "argon2d");
        assert!(short_output.needs_rehash(&ARGON2D.replacen("argon2d", "argon2id", 1)), "a 24-byte output");
        assert!(policy.needs_rehash("not a hash"));
        Ok(())
    }

    #[test]
    fn malformed_strings_never_panic() {
        let junk = [
            "$",
            "$$",
            "$$$$",
            "$2b$",
            "$2b$04$",
            "$2b$€€$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012",
            "$2b$04$€bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01",
            "pbkdf2_sha256$",
            "pbkdf2_sha256$$$",
            "pbkdf2_sha256$99999999999$s$h=",
            "pbkdf2_sha256$1$s$€",
            "$6$",
            "$6$$",
            "$6$rounds=$s$h",
            "$6$€$€",
            "$argon2id$",
            "$argon2id$v=19$m=€",
            "$argon2id$v=19$m=1024,t=1,p=2$$",
            "$argon2d$v=19$m=4294967295,t=4294967295,p=16777215$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo",
        ];
        for text in junk {
            assert!(!verify(&Secret::new(PASSWORD), text), "{text}");
            assert!(imported_hash(text).is_err(), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

        #[test]
        fn any_text_after_a_family_prefix_is_refused_or_parsed_without_panic(
            prefix in proptest::sample::select(PREFIXES.iter().map(|(prefix, _)| *prefix).collect::<Vec<_>>()),
            rest in "([$0-9a-zA-Z=,./+]|\\PC){0,100}",
        ) {
            let text = format!("{prefix}{rest}");
            proptest::prop_assert!(!verify(&Secret::new(PASSWORD), &text));
            let _ = imported_hash(&text);
        }
    }
}
