//! SQLite queries: stored settings.

use rusqlite::{OptionalExtension, params};

use super::SqliteTx;
use crate::error::Result;
use crate::store::SettingsTx;

impl SettingsTx for SqliteTx<'_> {
    fn file_settings(&self) -> &[(String, String)] {
        self.file_settings
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
        Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
    }

    fn settings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.tx.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    fn unset_setting(&mut self, key: &str) -> Result<bool> {
        Ok(self.tx.execute("DELETE FROM settings WHERE key = ?1", [key])? > 0)
    }
}
