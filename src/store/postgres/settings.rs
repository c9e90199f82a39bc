//! PostgreSQL queries: stored settings.

use super::{PgTx, get};
use crate::error::Result;
use crate::store::SettingsTx;

impl SettingsTx for PgTx<'_> {
    fn file_settings(&self) -> &[(String, String)] {
        self.file_settings
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        let row = self.query_opt("SELECT value FROM settings WHERE key = $1", &[&key])?;
        row.map(|r| get(&r, 0)).transpose()
    }

    fn settings(&self) -> Result<Vec<(String, String)>> {
        let rows = self.query("SELECT key, value FROM settings ORDER BY key", &[])?;
        rows.iter().map(|r| Ok((get(r, 0)?, get(r, 1)?))).collect()
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&key, &value],
        )?;
        Ok(())
    }

    fn unset_setting(&mut self, key: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM settings WHERE key = $1", &[&key])? > 0)
    }
}
