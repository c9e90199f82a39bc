//! Versioned schema migrations, keyed on SQLite's `user_version`.
//!
//! Each entry upgrades the schema by one version. Entries are never edited
//! once released: a change is a new entry at the end.

/// The migrations, in order; entry `i` brings the schema to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: people, roles, settings and the audit chain.
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: purged ids stay in the audit log
    username             TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    email                TEXT NOT NULL,
    email_norm           TEXT NOT NULL UNIQUE,
    phone                TEXT,
    employee_id          TEXT UNIQUE,
    department           TEXT,
    title                TEXT,
    manager_id           INTEGER REFERENCES users(id) ON DELETE SET NULL,
    status               TEXT NOT NULL
                         CHECK (status IN ('invited', 'active', 'disabled', 'locked', 'deleted')),
    status_before_delete TEXT,
    password_hash        TEXT,
    password_changed_at  TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    mfa_secret           TEXT,
    expires_at           TEXT,
    disabled_reason      TEXT,
    transfer_to_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_login_at        TEXT
);
CREATE INDEX users_department ON users(department);
CREATE INDEX users_manager ON users(manager_id);
CREATE TABLE roles (
    name              TEXT PRIMARY KEY,
    description       TEXT NOT NULL,
    builtin           INTEGER NOT NULL DEFAULT 0,
    requires_approval INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
);
-- department '' is organisation-wide: NULL would defeat the UNIQUE constraint.
CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL REFERENCES roles(name),
    department TEXT NOT NULL DEFAULT '',
    expires_at TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, role, department)
);
CREATE INDEX user_roles_role ON user_roles(role);
CREATE TABLE audit (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    target_user_id INTEGER,
    target         TEXT NOT NULL,
    details        TEXT NOT NULL,
    pii_digest     TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL,
    purged         INTEGER NOT NULL DEFAULT 0
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
    SELECT 'admin', value FROM json_each('["customers.read","customers.write","customers.delete","customers.export","opportunities.read","opportunities.write","tickets.read","tickets.write","reports.view","users.read","users.manage","roles.manage","audit.read","settings.manage"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'dept-admin', value FROM json_each('["users.read","users.manage","reports.view"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'sales-manager', value FROM json_each('["customers.read","customers.write","customers.delete","customers.export","opportunities.read","opportunities.write","reports.view","users.read"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'sales-rep', value FROM json_each('["customers.read","customers.write","opportunities.read","opportunities.write"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'support-agent', value FROM json_each('["customers.read","tickets.read","tickets.write"]');
INSERT INTO role_permissions (role, permission)
    SELECT 'viewer', value FROM json_each('["customers.read","opportunities.read","tickets.read","reports.view"]');
"#,
    // 2: API tokens and approval requests.
    r#"
CREATE TABLE tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    digest       TEXT NOT NULL UNIQUE,
    description  TEXT,
    created_at   TEXT NOT NULL,
    expires_at   TEXT,
    last_used_at TEXT,
    revoked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_user ON tokens(user_id);
CREATE TABLE approvals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role         TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
    department   TEXT,
    expires_at   TEXT,
    requested_by TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by   TEXT,
    reason       TEXT,
    created_at   TEXT NOT NULL,
    decided_at   TEXT
);
CREATE INDEX approvals_status ON approvals(status);
"#,
    // 3: invitation and password-reset codes (stored as SHA-256 digests), MFA.
    r#"
CREATE TABLE codes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('invite', 'reset')),
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    digest     TEXT NOT NULL UNIQUE,
    status     TEXT NOT NULL CHECK (status IN ('pending', 'used', 'revoked')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX codes_user ON codes(user_id, kind);
ALTER TABLE users ADD COLUMN mfa_pending_secret TEXT;
ALTER TABLE users ADD COLUMN mfa_last_step INTEGER;
"#,
    // 4: fewer B-trees to write for each new user (imports). Most users have
    // no manager: the index leaves them out, and `manager_id = ?` still uses
    // it. No query could use the department index: the department filter
    // also matches sub-departments (a prefix test), and `department list`
    // reads every row anyway.
    r#"
DROP INDEX users_department;
DROP INDEX users_manager;
CREATE INDEX users_manager ON users(manager_id) WHERE manager_id IS NOT NULL;
"#,
    // 5: the audit chain covers the actor's identity (`os:UID`, `user:ID`),
    // not its name, so that a purge can erase a user's name from the entries
    // they made. NULL `actor_identity` marks an entry hashed the old way; the
    // flag in `meta` asks the audit module to convert them, which it does only
    // when the old chain still verifies. `erased_for` names the user an
    // erased entry was erased for (before: always the entry's target).
    r#"
ALTER TABLE audit ADD COLUMN actor_identity TEXT;
ALTER TABLE audit ADD COLUMN erased_for INTEGER;
UPDATE audit SET erased_for = target_user_id WHERE purged = 1;
CREATE INDEX audit_actor_identity ON audit(actor_identity);
INSERT INTO meta (key, value) SELECT 'audit_format_pending', '2' WHERE EXISTS (SELECT 1 FROM audit);
"#,
    // 6: four eyes by identity. A request records who asked as an identity
    // (`os:UID` or `user:ID`) that renaming does not change, and a token
    // records who created it, so a requester cannot decide through a token
    // they made. Older rows keep NULL and are compared by name.
    r#"
ALTER TABLE approvals ADD COLUMN requested_by_identity TEXT;
ALTER TABLE tokens ADD COLUMN created_by TEXT;
"#,
    // 7: `invite resend` gives an invitation a new code in place; the digests
    // it replaced are kept so that an old code is refused as "replaced"
    // (exit 6), not as unknown. They go with their code (and its user).
    r#"
CREATE TABLE replaced_codes (
    digest      TEXT PRIMARY KEY,
    code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL
);
CREATE INDEX replaced_codes_code ON replaced_codes(code_id);
"#,
    // 8: what SCIM provisioning keeps beside crmctl's own fields. A provider's
    // `userName` is kept exactly as sent and is unique ignoring case across
    // every user: the index covers `scim_user_name_norm` (its lowercase form,
    // computed by the store) or, for a user no provider named, the username,
    // so `userName eq "…"` is one index lookup. `phone_numbers`, `scim_name`
    // and `scim_emails` hold the provider's JSON as sent. The built-in role
    // `provisioner` is for an identity provider's service account; a custom
    // role of that name made earlier is left as it is.
    r#"
ALTER TABLE users ADD COLUMN scim_user_name TEXT;
ALTER TABLE users ADD COLUMN scim_user_name_norm TEXT;
ALTER TABLE users ADD COLUMN external_id TEXT;
ALTER TABLE users ADD COLUMN phone_numbers TEXT;
ALTER TABLE users ADD COLUMN scim_name TEXT;
ALTER TABLE users ADD COLUMN scim_emails TEXT;
CREATE UNIQUE INDEX users_scim_user_name ON users(coalesce(scim_user_name_norm, username));
INSERT INTO roles (name, description, builtin) VALUES
    ('provisioner', 'An identity provider''s service account: reads and manages people', 1)
    ON CONFLICT (name) DO NOTHING;
INSERT INTO role_permissions (role, permission)
    SELECT 'provisioner', value FROM json_each('["users.read","users.manage"]')
    WHERE EXISTS (SELECT 1 FROM roles WHERE name = 'provisioner' AND builtin = 1)
    ON CONFLICT DO NOTHING;
"#,
    // 9: form sign-ups (`crmctl form`, `/forms/v1/NAME`). A form keeps the key
    // that verifies its sender's signatures (the HMAC key itself, which
    // verification needs; for `token` forms only the SHA-256 digest of the
    // path secret). An approval request is now of a kind: `role` as before,
    // or `signup`, which has no user until it is approved (so `user_id` and
    // `role` become nullable: the table is rebuilt, its numbering kept). A
    // sign-up's answers live in `signups.answers` until the request is
    // decided; `event_id` makes a redelivery find the first answer.
    r#"
CREATE TABLE forms (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('typeform', 'hmac-sha256', 'feishu', 'jiandaoyun', 'token')),
    secret     TEXT NOT NULL,
    maps       TEXT NOT NULL DEFAULT '[]',
    department TEXT,
    role       TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE TABLE approvals_new (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                  TEXT NOT NULL DEFAULT 'role' CHECK (kind IN ('role', 'signup')),
    user_id               INTEGER REFERENCES users(id) ON DELETE CASCADE,
    role                  TEXT REFERENCES roles(name) ON DELETE CASCADE,
    department            TEXT,
    expires_at            TEXT,
    requested_by          TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by            TEXT,
    reason                TEXT,
    created_at            TEXT NOT NULL,
    decided_at            TEXT,
    requested_by_identity TEXT,
    CHECK (kind = 'signup' OR (user_id IS NOT NULL AND role IS NOT NULL))
);
INSERT INTO approvals_new (id, kind, user_id, role, department, expires_at, requested_by, status, decided_by,
                           reason, created_at, decided_at, requested_by_identity)
    SELECT id, 'role', user_id, role, department, expires_at, requested_by, status, decided_by,
           reason, created_at, decided_at, requested_by_identity FROM approvals;
DELETE FROM sqlite_sequence WHERE name = 'approvals_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'approvals_new', seq FROM sqlite_sequence WHERE name = 'approvals';
DROP TABLE approvals;
ALTER TABLE approvals_new RENAME TO approvals;
CREATE INDEX approvals_status ON approvals(status);
CREATE TABLE signups (
    approval_id INTEGER PRIMARY KEY REFERENCES approvals(id) ON DELETE CASCADE,
    form_id     INTEGER REFERENCES forms(id) ON DELETE SET NULL,
    form        TEXT NOT NULL,
    event_id    TEXT,
    answers     TEXT,
    department  TEXT,
    role        TEXT
);
CREATE UNIQUE INDEX signups_event ON signups(form_id, event_id) WHERE event_id IS NOT NULL;
CREATE INDEX signups_form ON signups(form_id);
"#,
    // 10: a role pushed or linked as a SCIM group keeps the provider's
    // `externalId` for it.
    r#"
ALTER TABLE roles ADD COLUMN external_id TEXT;
"#,
];

/// The schema version this binary writes.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}
