//! Passwords: the policy (after NIST SP 800-63B), argon2id hashing,
//! verification of argon2id and of the hashes imported from other systems
//! (`foreign`), and generated passwords.
//!
//! Plain passwords live only in memory, in [`Secret`], and are never logged,
//! stored or printed by this module.

mod foreign;

use std::collections::HashSet;
use std::sync::OnceLock;

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, Result};

pub use foreign::{imported_hash, looks_like_hash};

/// The length of the argon2id output crmctl makes, in bytes.
const OUTPUT_LEN: usize = 32;

/// A password in memory. Its `Debug` does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a password.
    pub fn new(text: impl Into<String>) -> Self {
        Secret(text.into())
    }
    /// The password itself; call only to hash, verify or show it once.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// The password rules and hashing parameters in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Shortest accepted length, in characters.
    pub min_length: usize,
    /// Longest accepted length, in characters.
    pub max_length: usize,
    /// argon2id memory in KiB.
    pub argon2_m_kib: u32,
    /// argon2id iterations.
    pub argon2_t: u32,
    /// argon2id parallelism.
    pub argon2_p: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { min_length: 12, max_length: 128, argon2_m_kib: 19_456, argon2_t: 2, argon2_p: 1 }
    }
}

/// 19,640 common passwords (Royce Williams' list, as shipped by Django).
const COMMON: &str = include_str!("common-passwords.txt");

fn common_passwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
}

/// How many passwords the built-in common list holds.
#[cfg(test)]
pub fn common_list_len() -> usize {
    common_passwords().len()
}

impl Policy {
    /// Checks a password a user is about to set. `username` and `email` are the
    /// account's: a password containing either is refused.
    pub fn check(&self, password: &Secret, username: &str, email: &str) -> Result<()> {
        let pw = password.expose();
        let len = pw.chars().count();
        let refuse = |why: String| {
            Error::invalid(format!("password refused: {why}"))
                .hint("choose a long passphrase of unrelated words, or use --random-password")
        };
        if len < self.min_length {
            return Err(refuse(format!("it has {len} characters; at least {} are required", self.min_length)));
        }
        if len > self.max_length {
            return Err(refuse(format!("it has {len} characters; at most {} are allowed", self.max_length)));
        }
        if pw.chars().any(|c| c.is_control()) {
            return Err(refuse("it contains control characters".into()));
        }
        let lower = pw.to_lowercase();
        if common_passwords().contains(lower.as_str()) {
            return Err(refuse("it is one of the most common passwords".into()));
        }
        let local = email.split('@').next().unwrap_or("").to_lowercase();
        for (what, part) in [("username", username.to_lowercase()), ("email address", local)] {
            if part.chars().count() >= 3 && lower.contains(&part) {
                return Err(refuse(format!("it contains the {what}")));
            }
        }
        Ok(())
    }

    fn argon2(&self) -> Result<Argon2<'static>> {
        let params = Params::new(self.argon2_m_kib, self.argon2_t, self.argon2_p, None)
            .map_err(|err| Error::invalid(format!("argon2 parameters refused: {err}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    /// Hashes a password to an argon2id PHC string with a fresh random salt.
    ///
    /// Each thread keeps its argon2 memory for the next hash: allocating
    /// 19 MiB afresh for every one left glibc holding hundreds of MiB after a
    /// few hundred hashes (an import with a password column).
    pub fn hash(&self, password: &Secret) -> Result<String> {
        thread_local! {
            static MEMORY: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let failed = |err: &dyn std::fmt::Display| Error::storage(format!("password hashing failed: {err}"));
        let argon2 = self.argon2()?;
        let salt: [u8; 16] = rand::random();
        let mut out = [0u8; OUTPUT_LEN];
        MEMORY
            .with_borrow_mut(|memory| {
                memory.resize(argon2.params().block_count(), argon2::Block::default());
                argon2.hash_password_into_with_memory(
                    password.expose().as_bytes(),
                    &salt,
                    &mut out,
                    memory.as_mut_slice(),
                )
            })
            .map_err(|e| failed(&e))?;
        let hash = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(argon2.params()).map_err(|e| failed(&e))?,
            salt: Some(Salt::new(&salt).map_err(|e| failed(&e))?),
            hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
        };
        Ok(hash.to_string())
    }

    /// Whether a stored hash is not what [`Policy::hash`] makes now, so that a
    /// successful login should replace it: any hash of another family
    /// (bcrypt, PBKDF2, SHA-512-crypt, argon2i, argon2d), and argon2id of
    /// another version, output length or parameters than the policy's.
    pub fn needs_rehash(&self, stored: &str) -> bool {
        let Ok(foreign::StoredHash::Argon2(hash)) = foreign::parse(stored) else { return true };
        let Ok(params) = Params::try_from(hash.as_ref()) else { return true };
        hash.algorithm != Algorithm::Argon2id.ident()
            || hash.version != Some(Version::V0x13.into())
            || params.output_len() != Some(OUTPUT_LEN)
            || !params.keyid().is_empty()
            || !params.data().is_empty()
            || params.m_cost() != self.argon2_m_kib
            || params.t_cost() != self.argon2_t
            || params.p_cost() != self.argon2_p
    }
}

/// Checks `password` against a stored hash with the algorithm and parameters
/// written in it: argon2 (id, i or d), bcrypt, Django's PBKDF2-SHA256 or
/// SHA-512-crypt, each by its own crate. A malformed or unsupported string
/// never matches.
pub fn verify(password: &Secret, stored: &str) -> bool {
    foreign::parse(stored).is_ok_and(|hash| hash.verify(password.expose().as_bytes()))
}

/// Spends the time of one verification, so that a login for an unknown user
/// takes as long as one with a wrong password.
///
/// The dummy is a PHC string with the policy's current parameters and a
/// fixed salt and output, made without hashing anything: computing a real
/// dummy hash first (as this once did) made the first unknown-user login of
/// every process cost two hashes, which told an attacker the name was free.
pub fn verify_dummy(policy: &Policy, password: &Secret) {
    if let Some(phc) = dummy_hash(policy) {
        let _ = verify(password, &phc);
    }
}

fn dummy_hash(policy: &Policy) -> Option<String> {
    let params = Params::new(policy.argon2_m_kib, policy.argon2_t, policy.argon2_p, None).ok()?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).ok()?,
        salt: Some(Salt::new(b"crmctl-dummy-slt").ok()?),
        hash: Some(Output::new(&[0x5a; 32]).ok()?),
    };
    Some(hash.to_string())
}

/// A random password of 20 characters from an alphabet without look-alikes
/// (about 115 bits).
pub fn generate() -> Secret {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let text: String = (0..20).map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char).collect();
    Secret(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dummy_hash_has_the_policy_parameters() {
        let policy = super::Policy { argon2_m_kib: 20_000, argon2_t: 3, ..super::Policy::default() };
        let phc = super::dummy_hash(&policy).unwrap_or_default();
        assert!(phc.starts_with("$argon2id$v=19$m=20000,t=3,p=1$"), "{phc}");
        assert!(!policy.needs_rehash(&phc));
        assert!(!super::verify(&super::Secret::new("anything"), &phc));
    }

    use super::*;

    fn fast() -> Policy {
        Policy { argon2_m_kib: 1024, argon2_t: 1, ..Policy::default() }
    }

    #[test]
    fn policy_rules() {
        let p = Policy::default();
        let ok = |pw: &str| p.check(&Secret::new(pw), "zhangsan", "zs.work@example.com");
        assert!(ok("correct horse battery").is_ok());
        assert!(ok("short").is_err());
        assert!(ok(&"x".repeat(129)).is_err());
        assert!(ok("长城长城长城长城长城长城").is_ok(), "length counts characters, not bytes");
        assert!(ok("PASSWORD1234").is_err(), "common passwords, any case");
        assert!(ok("my zhangsan password").is_err());
        assert!(ok("my ZS.WORK password").is_err());
        assert!(ok("tab\tinside password").is_err());
        assert!(common_list_len() >= 10_000);
    }

    #[test]
    fn hash_verify_and_rehash() -> Result<()> {
        let p = fast();
        let phc = p.hash(&Secret::new("correct horse battery"))?;
        assert!(phc.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"), "{phc}");
        assert!(verify(&Secret::new("correct horse battery"), &phc));
        assert!(!verify(&Secret::new("correct horse batterY"), &phc));
        assert!(!verify(&Secret::new("x"), "not a hash"));
        assert!(!p.needs_rehash(&phc));
        assert!(Policy { argon2_t: 2, ..p }.needs_rehash(&phc));
        Ok(())
    }

    #[test]
    fn default_parameters_are_the_specified_ones() -> Result<()> {
        let phc = Policy::default().hash(&Secret::new("correct horse battery"))?;
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        Ok(())
    }

    #[test]
    fn generated_passwords_pass_the_policy_and_differ() {
        let a = generate();
        assert_eq!(a.expose().len(), 20);
        assert!(Policy::default().check(&a, "someone", "someone@example.com").is_ok());
        assert_ne!(a, generate());
        assert_eq!(format!("{a:?}"), "Secret(***)");
    }
}
