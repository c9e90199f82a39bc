//! SQLite queries: web forms and their sign-ups.

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use crate::error::{Error, Result};
use crate::store::{Applicant, FormKind, FormRow, FormsTx, SignupRow};

text_enum!(FormKind, "form kind");

const FORM_COLUMNS: &str = "id, name, kind, secret, maps, department, role, created_at, created_by";

fn form_from_row(r: &Row<'_>) -> rusqlite::Result<(FormRow, String)> {
    let maps: String = r.get(4)?;
    Ok((
        FormRow {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            secret: r.get(3)?,
            maps: Vec::new(),
            department: r.get(5)?,
            role: r.get(6)?,
            created_at: r.get(7)?,
            created_by: r.get(8)?,
        },
        maps,
    ))
}

/// The `maps` column is a JSON array of `[FIELD, field]` pairs.
fn with_maps((mut form, maps): (FormRow, String)) -> Result<FormRow> {
    form.maps = serde_json::from_str(&maps)
        .map_err(|err| Error::storage(format!("form {}: unreadable --map pairs in the database: {err}", form.name)))?;
    Ok(form)
}

const SIGNUP_COLUMNS: &str = "approval_id, form_id, form, event_id, answers, department, role";

fn signup_from_row(r: &Row<'_>) -> rusqlite::Result<(SignupRow, Option<String>)> {
    Ok((
        SignupRow {
            approval_id: r.get(0)?,
            form_id: r.get(1)?,
            form: r.get(2)?,
            event_id: r.get(3)?,
            answers: None,
            department: r.get(5)?,
            role: r.get(6)?,
        },
        r.get(4)?,
    ))
}

/// The `answers` column is the applicant as JSON.
fn with_answers((mut signup, answers): (SignupRow, Option<String>)) -> Result<SignupRow> {
    signup.answers = answers
        .map(|text| serde_json::from_str::<Applicant>(&text))
        .transpose()
        .map_err(|err| Error::storage(format!("sign-up #{}: unreadable answers: {err}", signup.approval_id)))?;
    Ok(signup)
}

fn answers_text(signup: &SignupRow) -> Result<Option<String>> {
    signup.answers.as_ref().map(serde_json::to_string).transpose().map_err(|err| Error::storage(err.to_string()))
}

impl FormsTx for SqliteTx<'_> {
    fn insert_form(&mut self, f: &FormRow) -> Result<i64> {
        let maps = serde_json::to_string(&f.maps).map_err(|err| Error::storage(err.to_string()))?;
        self.tx.execute(
            "INSERT INTO forms (name, kind, secret, maps, department, role, created_at, created_by) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![f.name, f.kind, f.secret, maps, f.department, f.role, f.created_at, f.created_by],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn form(&self, name: &str) -> Result<Option<FormRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {FORM_COLUMNS} FROM forms WHERE name = ?1"))?;
        stmt.query_row([name], form_from_row).optional()?.map(with_maps).transpose()
    }

    fn forms(&self) -> Result<Vec<FormRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {FORM_COLUMNS} FROM forms ORDER BY name"))?;
        let rows = stmt.query_map([], form_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(with_maps).collect()
    }

    fn delete_form(&mut self, id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM forms WHERE id = ?1", [id])?;
        Ok(())
    }

    fn insert_signup(&mut self, s: &SignupRow) -> Result<()> {
        self.tx.execute(
            "INSERT INTO signups (approval_id, form_id, form, event_id, answers, department, role) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![s.approval_id, s.form_id, s.form, s.event_id, answers_text(s)?, s.department, s.role],
        )?;
        Ok(())
    }

    fn signup(&self, approval_id: i64) -> Result<Option<SignupRow>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {SIGNUP_COLUMNS} FROM signups WHERE approval_id = ?1"))?;
        stmt.query_row([approval_id], signup_from_row).optional()?.map(with_answers).transpose()
    }

    fn update_signup(&mut self, s: &SignupRow) -> Result<()> {
        self.tx.execute(
            "UPDATE signups SET answers = ?2 WHERE approval_id = ?1",
            params![s.approval_id, answers_text(s)?],
        )?;
        Ok(())
    }

    fn signup_by_event(&self, form_id: i64, event_id: &str) -> Result<Option<i64>> {
        let mut stmt =
            self.tx.prepare_cached("SELECT approval_id FROM signups WHERE form_id = ?1 AND event_id = ?2")?;
        Ok(stmt.query_row(params![form_id, event_id], |r| r.get(0)).optional()?)
    }

    fn signups_since(&self, form_id: i64, since: &str) -> Result<(u64, Option<String>)> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT count(*), min(a.created_at) FROM signups s JOIN approvals a ON a.id = s.approval_id \
             WHERE s.form_id = ?1 AND a.created_at >= ?2",
        )?;
        Ok(stmt.query_row(params![form_id, since], |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)))?)
    }

    fn pending_signups(&self, form_id: i64) -> Result<u64> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT count(*) FROM signups s JOIN approvals a ON a.id = s.approval_id \
             WHERE s.form_id = ?1 AND a.status = 'pending'",
        )?;
        Ok(stmt.query_row([form_id], |r| r.get::<_, i64>(0))? as u64)
    }
}
