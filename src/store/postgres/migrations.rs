//! Versioned schema migrations for PostgreSQL, keyed on the `schema_version`
//! table. Entry `i` is SQLite's migration `i` (`store::migrations`) written
//! for PostgreSQL, so that both stores have the same version numbers, tables,
//! columns and values; a test holds the two lists to the same length.
//!
//! What differs from SQLite, and why:
//! - Every text column is `COLLATE "C"`: SQLite compares text byte by byte,
//!   and the rules compare RFC 3339 timestamps and sort names as strings.
//! - Integers are `BIGINT` and flags `BIGINT` 0/1, as SQLite stores them.
//! - Ids are not identity columns: SQLite's AUTOINCREMENT hands out one past
//!   the highest id ever used, transactionally (a rolled-back insert uses no
//!   id), and the backend does the same with the `sequences` table
//!   (`sqlite_sequence`); writers are serialised, so no two take the same id.
//! - Foreign keys are `DEFERRABLE` (checked per statement unless a copy
//!   defers them, as SQLite's `defer_foreign_keys` does).
//! - Entries are never edited once released: a change is a new entry at
//!   the end of both lists.

/// The migrations, in order; entry `i` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: people, roles, settings and the audit chain.
    r#"
CREATE TABLE sequences (
    name TEXT COLLATE "C" PRIMARY KEY,
    seq  BIGINT NOT NULL
);
CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
CREATE TABLE settings (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
CREATE TABLE users (
    id                   BIGINT PRIMARY KEY, -- never reused: purged ids stay in the audit log
    username             TEXT COLLATE "C" NOT NULL UNIQUE,
    name                 TEXT COLLATE "C" NOT NULL,
    email                TEXT COLLATE "C" NOT NULL,
    email_norm           TEXT COLLATE "C" NOT NULL UNIQUE,
    phone                TEXT COLLATE "C",
    employee_id          TEXT COLLATE "C" UNIQUE,
    department           TEXT COLLATE "C",
    title                TEXT COLLATE "C",
    manager_id           BIGINT REFERENCES users(id) ON DELETE SET NULL DEFERRABLE,
    status               TEXT COLLATE "C" NOT NULL
                         CHECK (status IN ('invited', 'active', 'disabled', 'locked', 'deleted')),
    status_before_delete TEXT COLLATE "C",
    password_hash        TEXT COLLATE "C",
    password_changed_at  TEXT COLLATE "C",
    must_change_password BIGINT NOT NULL DEFAULT 0,
    mfa_secret           TEXT COLLATE "C",
    expires_at           TEXT COLLATE "C",
    disabled_reason      TEXT COLLATE "C",
    transfer_to_id       BIGINT REFERENCES users(id) ON DELETE SET NULL DEFERRABLE,
    failed_logins        BIGINT NOT NULL DEFAULT 0,
    locked_until         TEXT COLLATE "C",
    created_at           TEXT COLLATE "C" NOT NULL,
    updated_at           TEXT COLLATE "C" NOT NULL,
    last_login_at        TEXT COLLATE "C"
);
CREATE INDEX users_department ON users(department);
CREATE INDEX users_manager ON users(manager_id);
CREATE TABLE roles (
    name              TEXT COLLATE "C" PRIMARY KEY,
    description       TEXT COLLATE "C" NOT NULL,
    builtin           BIGINT NOT NULL DEFAULT 0,
    requires_approval BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE role_permissions (
    role       TEXT COLLATE "C" NOT NULL REFERENCES roles(name) ON DELETE CASCADE DEFERRABLE,
    permission TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (role, permission)
);
-- department '' is organisation-wide: NULL would defeat the UNIQUE constraint.
CREATE TABLE user_roles (
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE,
    role       TEXT COLLATE "C" NOT NULL REFERENCES roles(name) DEFERRABLE,
    department TEXT COLLATE "C" NOT NULL DEFAULT '',
    expires_at TEXT COLLATE "C",
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (user_id, role, department)
);
CREATE INDEX user_roles_role ON user_roles(role);
CREATE TABLE audit (
    id             BIGINT PRIMARY KEY,
    at             TEXT COLLATE "C" NOT NULL,
    actor          TEXT COLLATE "C" NOT NULL,
    action         TEXT COLLATE "C" NOT NULL,
    target_user_id BIGINT,
    target         TEXT COLLATE "C" NOT NULL,
    details        TEXT COLLATE "C" NOT NULL,
    pii_digest     TEXT COLLATE "C" NOT NULL,
    prev_hash      TEXT COLLATE "C" NOT NULL,
    hash           TEXT COLLATE "C" NOT NULL,
    purged         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX audit_target ON audit(target_user_id);
CREATE INDEX audit_action ON audit(action);

INSERT INTO roles (name, description, builtin) VALUES
    ('admin', 'Full control of the CRM and of crmctl', 1),
    ('dept-admin', 'Manages the people of a department', 1),
    ('sales-manager', 'Leads a sales team: customers, opportunities, reports', 1),
    ('sales-rep', 'Works customers and opportunities', 1),
    ('support-agent', 'Answers tickets for customers', 1),
    ('viewer', 'Reads customers, opportunities, tickets and reports', 1);
INSERT INTO role_permissions (role, permission)
    SELECT 'admin', value FROM json_array_elements_text('["customers.read","customers.write","customers.delete","customers.export","opportunities.read","opportunities.write","tickets.read","tickets.write","reports.view","users.read","users.manage","roles.manage","audit.read","settings.manage"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'dept-admin', value FROM json_array_elements_text('["users.read","users.manage","reports.view"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'sales-manager', value FROM json_array_elements_text('["customers.read","customers.write","customers.delete","customers.export","opportunities.read","opportunities.write","reports.view","users.read"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'sales-rep', value FROM json_array_elements_text('["customers.read","customers.write","opportunities.read","opportunities.write"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'support-agent', value FROM json_array_elements_text('["customers.read","tickets.read","tickets.write"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'viewer', value FROM json_array_elements_text('["customers.read","opportunities.read","tickets.read","reports.view"]');
"#,
    // 2: API tokens and approval requests.
    r#"
CREATE TABLE tokens (
    id           BIGINT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE,
    digest       TEXT COLLATE "C" NOT NULL UNIQUE,
    description  TEXT COLLATE "C",
    created_at   TEXT COLLATE "C" NOT NULL,
    expires_at   TEXT COLLATE "C",
    last_used_at TEXT COLLATE "C",
    revoked      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX tokens_user ON tokens(user_id);
CREATE TABLE approvals (
    id           BIGINT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE,
    role         TEXT COLLATE "C" NOT NULL REFERENCES roles(name) ON DELETE CASCADE DEFERRABLE,
    department   TEXT COLLATE "C",
    expires_at   TEXT COLLATE "C",
    requested_by TEXT COLLATE "C" NOT NULL,
    status       TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by   TEXT COLLATE "C",
    reason       TEXT COLLATE "C",
    created_at   TEXT COLLATE "C" NOT NULL,
    decided_at   TEXT COLLATE "C"
);
CREATE INDEX approvals_status ON approvals(status);
"#,
    // 3: invitation and password-reset codes (stored as SHA-256 digests), MFA.
    r#"
CREATE TABLE codes (
    id         BIGINT PRIMARY KEY,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('invite', 'reset')),
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE,
    digest     TEXT COLLATE "C" NOT NULL UNIQUE,
    status     TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'used', 'revoked')),
    created_at TEXT COLLATE "C" NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL,
    created_by TEXT COLLATE "C" NOT NULL,
    used_at    TEXT COLLATE "C"
);
CREATE INDEX codes_user ON codes(user_id, kind);
ALTER TABLE users ADD COLUMN mfa_pending_secret TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN mfa_last_step BIGINT;
"#,
    // 4: as SQLite's: the manager index leaves out users without one; no
    // department index.
    r#"
DROP INDEX users_department;
DROP INDEX users_manager;
CREATE INDEX users_manager ON users(manager_id) WHERE manager_id IS NOT NULL;
"#,
    // 5: the audit chain covers the actor's identity (see SQLite's entry 5).
    r#"
ALTER TABLE audit ADD COLUMN actor_identity TEXT COLLATE "C";
ALTER TABLE audit ADD COLUMN erased_for BIGINT;
UPDATE audit SET erased_for = target_user_id WHERE purged = 1;
CREATE INDEX audit_actor_identity ON audit(actor_identity);
INSERT INTO meta (key, value) SELECT 'audit_format_pending', '2' WHERE EXISTS (SELECT 1 FROM audit);
"#,
    // 6: four eyes by identity (see SQLite's entry 6).
    r#"
ALTER TABLE approvals ADD COLUMN requested_by_identity TEXT COLLATE "C";
ALTER TABLE tokens ADD COLUMN created_by TEXT COLLATE "C";
"#,
    // 7: the digests `invite resend` replaced (see SQLite's entry 7).
    r#"
CREATE TABLE replaced_codes (
    digest      TEXT COLLATE "C" PRIMARY KEY,
    code_id     BIGINT NOT NULL REFERENCES codes(id) ON DELETE CASCADE DEFERRABLE,
    replaced_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX replaced_codes_code ON replaced_codes(code_id);
"#,
    // 8: SCIM provisioning (see SQLite's entry 8): the provider's fields,
    // `userName` unique ignoring case through an index on the store's
    // lowercase key or the username, and the built-in role `provisioner`.
    r#"
ALTER TABLE users ADD COLUMN scim_user_name TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN scim_user_name_norm TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN external_id TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN phone_numbers TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN scim_name TEXT COLLATE "C";
ALTER TABLE users ADD COLUMN scim_emails TEXT COLLATE "C";
CREATE UNIQUE INDEX users_scim_user_name ON users((coalesce(scim_user_name_norm, username)));
INSERT INTO roles (name, description, builtin) VALUES
    ('provisioner', 'An identity provider''s service account: reads and manages people', 1)
    ON CONFLICT (name) DO NOTHING;
INSERT INTO role_permissions (role, permission)
    SELECT 'provisioner', value FROM json_array_elements_text('["users.read","users.manage"]')
    WHERE EXISTS (SELECT 1 FROM roles WHERE name = 'provisioner' AND builtin = 1)
    ON CONFLICT DO NOTHING;
"#,
    // 9: form sign-ups (see SQLite's entry 9). SQLite rebuilds `approvals`
    // to make `user_id` and `role` nullable; PostgreSQL alters the table in
    // place (same columns, constraints and values; the numbering is kept by
    // `sequences` either way). `kind` is the last column here, which no
    // query or copy depends on (copies name their columns).
    r#"
CREATE TABLE forms (
    id         BIGINT PRIMARY KEY,
    name       TEXT COLLATE "C" NOT NULL UNIQUE,
    kind       TEXT COLLATE "C" NOT NULL
               CHECK (kind IN ('typeform', 'hmac-sha256', 'feishu', 'jiandaoyun', 'token')),
    secret     TEXT COLLATE "C" NOT NULL,
    maps       TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    department TEXT COLLATE "C",
    role       TEXT COLLATE "C",
    created_at TEXT COLLATE "C" NOT NULL,
    created_by TEXT COLLATE "C" NOT NULL
);
ALTER TABLE approvals ADD COLUMN kind TEXT COLLATE "C" NOT NULL DEFAULT 'role' CHECK (kind IN ('role', 'signup'));
ALTER TABLE approvals ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE approvals ALTER COLUMN role DROP NOT NULL;
ALTER TABLE approvals ADD CONSTRAINT approvals_role_has_user_and_role
    CHECK (kind = 'signup' OR (user_id IS NOT NULL AND role IS NOT NULL));
CREATE TABLE signups (
    approval_id BIGINT PRIMARY KEY REFERENCES approvals(id) ON DELETE CASCADE DEFERRABLE,
    form_id     BIGINT REFERENCES forms(id) ON DELETE SET NULL DEFERRABLE,
    form        TEXT COLLATE "C" NOT NULL,
    event_id    TEXT COLLATE "C",
    answers     TEXT COLLATE "C",
    department  TEXT COLLATE "C",
    role        TEXT COLLATE "C"
);
CREATE UNIQUE INDEX signups_event ON signups(form_id, event_id) WHERE event_id IS NOT NULL;
CREATE INDEX signups_form ON signups(form_id);
"#,
    // 10: a role's SCIM group `externalId` (see SQLite's entry 10).
    r#"
ALTER TABLE roles ADD COLUMN external_id TEXT COLLATE "C";
"#,
];

#[cfg(test)]
mod tests {
    #[test]
    fn one_entry_for_each_sqlite_migration() {
        assert_eq!(super::MIGRATIONS.len(), crate::store::migrations::MIGRATIONS.len());
    }
}
