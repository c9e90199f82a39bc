//! PostgreSQL queries: web forms and their sign-ups.

use postgres::Row;

use super::{PgTx, get, insert_with_id, text_enum};
use crate::error::{Error, Result};
use crate::store::{Applicant, FormKind, FormRow, FormsTx, SignupRow};

const FORM_COLUMNS: &str = "id, name, kind, secret, maps, department, role, created_at, created_by";

/// The `maps` column is a JSON array of `[FIELD, field]` pairs.
fn form_from_row(r: &Row) -> Result<FormRow> {
    let name: String = get(r, 1)?;
    let maps: String = get(r, 4)?;
    let maps = serde_json::from_str(&maps)
        .map_err(|err| Error::storage(format!("form {name}: unreadable --map pairs in the database: {err}")))?;
    Ok(FormRow {
        id: get(r, 0)?,
        name,
        kind: text_enum(r, 2, FormKind::parse, "form kind")?,
        secret: get(r, 3)?,
        maps,
        department: get(r, 5)?,
        role: get(r, 6)?,
        created_at: get(r, 7)?,
        created_by: get(r, 8)?,
    })
}

const SIGNUP_COLUMNS: &str = "approval_id, form_id, form, event_id, answers, department, role";

/// The `answers` column is the applicant as JSON.
fn signup_from_row(r: &Row) -> Result<SignupRow> {
    let approval_id: i64 = get(r, 0)?;
    let answers: Option<String> = get(r, 4)?;
    let answers = answers
        .map(|text| serde_json::from_str::<Applicant>(&text))
        .transpose()
        .map_err(|err| Error::storage(format!("sign-up #{approval_id}: unreadable answers: {err}")))?;
    Ok(SignupRow {
        approval_id,
        form_id: get(r, 1)?,
        form: get(r, 2)?,
        event_id: get(r, 3)?,
        answers,
        department: get(r, 5)?,
        role: get(r, 6)?,
    })
}

fn answers_text(signup: &SignupRow) -> Result<Option<String>> {
    signup.answers.as_ref().map(serde_json::to_string).transpose().map_err(|err| Error::storage(err.to_string()))
}

impl FormsTx for PgTx<'_> {
    fn insert_form(&mut self, f: &FormRow) -> Result<i64> {
        let maps = serde_json::to_string(&f.maps).map_err(|err| Error::storage(err.to_string()))?;
        let sql = insert_with_id(
            "forms",
            "name, kind, secret, maps, department, role, created_at, created_by",
            "$1, $2, $3, $4, $5, $6, $7, $8",
            "",
        );
        let row = self.query_one(
            &sql,
            &[&f.name, &f.kind.as_str(), &f.secret, &maps, &f.department, &f.role, &f.created_at, &f.created_by],
        )?;
        get(&row, 0)
    }

    fn form(&self, name: &str) -> Result<Option<FormRow>> {
        let row = self.query_opt(&format!("SELECT {FORM_COLUMNS} FROM forms WHERE name = $1"), &[&name])?;
        row.map(|r| form_from_row(&r)).transpose()
    }

    fn forms(&self) -> Result<Vec<FormRow>> {
        let rows = self.query(&format!("SELECT {FORM_COLUMNS} FROM forms ORDER BY name"), &[])?;
        rows.iter().map(form_from_row).collect()
    }

    fn delete_form(&mut self, id: i64) -> Result<()> {
        self.execute("DELETE FROM forms WHERE id = $1", &[&id])?;
        Ok(())
    }

    fn insert_signup(&mut self, s: &SignupRow) -> Result<()> {
        self.execute(
            "INSERT INTO signups (approval_id, form_id, form, event_id, answers, department, role) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&s.approval_id, &s.form_id, &s.form, &s.event_id, &answers_text(s)?, &s.department, &s.role],
        )?;
        Ok(())
    }

    fn signup(&self, approval_id: i64) -> Result<Option<SignupRow>> {
        let row =
            self.query_opt(&format!("SELECT {SIGNUP_COLUMNS} FROM signups WHERE approval_id = $1"), &[&approval_id])?;
        row.map(|r| signup_from_row(&r)).transpose()
    }

    fn update_signup(&mut self, s: &SignupRow) -> Result<()> {
        self.execute("UPDATE signups SET answers = $2 WHERE approval_id = $1", &[&s.approval_id, &answers_text(s)?])?;
        Ok(())
    }

    fn signup_by_event(&self, form_id: i64, event_id: &str) -> Result<Option<i64>> {
        let row = self.query_opt(
            "SELECT approval_id FROM signups WHERE form_id = $1 AND event_id = $2",
            &[&form_id, &event_id],
        )?;
        row.map(|r| get(&r, 0)).transpose()
    }

    fn signups_since(&self, form_id: i64, since: &str) -> Result<(u64, Option<String>)> {
        let row = self.query_one(
            "SELECT count(*), min(a.created_at) FROM signups s JOIN approvals a ON a.id = s.approval_id \
             WHERE s.form_id = $1 AND a.created_at >= $2",
            &[&form_id, &since],
        )?;
        Ok((get::<i64>(&row, 0)? as u64, get(&row, 1)?))
    }

    fn pending_signups(&self, form_id: i64) -> Result<u64> {
        let row = self.query_one(
            "SELECT count(*) FROM signups s JOIN approvals a ON a.id = s.approval_id \
             WHERE s.form_id = $1 AND a.status = 'pending'",
            &[&form_id],
        )?;
        Ok(get::<i64>(&row, 0)? as u64)
    }
}
