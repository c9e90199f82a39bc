//! Secrets and how they are checked: passwords (hashing, policy), one-time
//! codes for invitations and resets, and random secrets.

pub mod codes;
pub mod passwords;
