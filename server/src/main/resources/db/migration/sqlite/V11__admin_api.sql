-- The admin API: bearer tokens of staff (only their SHA-256 hash is stored) and the append-only
-- audit log of every change made through the API.

CREATE TABLE admin_api_tokens (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    TEXT    NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);
CREATE INDEX admin_api_tokens_person ON admin_api_tokens (person_id);
CREATE INDEX admin_api_tokens_expires ON admin_api_tokens (expires_at);

-- No foreign key on the actor: entries outlive the account, which is why its name is copied.
CREATE TABLE admin_audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL,
    actor_name  TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target      TEXT    NOT NULL,
    details     TEXT    NOT NULL
);
CREATE INDEX admin_audit_log_created ON admin_audit_log (created_at, id);

CREATE TRIGGER admin_audit_log_no_update BEFORE UPDATE ON admin_audit_log
BEGIN
    SELECT RAISE(ABORT, 'admin_audit_log is append-only');
END;

CREATE TRIGGER admin_audit_log_no_delete BEFORE DELETE ON admin_audit_log
BEGIN
    SELECT RAISE(ABORT, 'admin_audit_log is append-only');
END;
