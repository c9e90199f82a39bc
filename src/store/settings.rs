//! Stored settings.

use crate::error::Result;

/// Stored settings. (part of [`Tx`](super::Tx))
pub trait SettingsTx {
    /// A setting's stored value.
    fn setting(&self, key: &str) -> Result<Option<String>>;
    /// The settings given in the config file, handed to the store when it was
    /// opened ([`Store::with_file_settings`]) so that every reader of settings
    /// sees them; not stored, and what they mean is `settings`' business.
    fn file_settings(&self) -> &[(String, String)] {
        &[]
    }
    /// Every stored setting, sorted by key.
    fn settings(&self) -> Result<Vec<(String, String)>>;
    /// Stores a setting.
    fn set_setting(&mut self, key: &str, value: &str) -> Result<()>;
    /// Removes a setting; true if it was set.
    fn unset_setting(&mut self, key: &str) -> Result<bool>;
}
