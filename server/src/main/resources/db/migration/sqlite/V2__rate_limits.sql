-- Rate limits held in the database so that they hold across nodes. Subjects (e-mail addresses,
-- client IPs, accounts) are stored only as keyed hashes, never as the raw value.

CREATE TABLE rate_limit_events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    limit_name    TEXT    NOT NULL,
    subject_hash  TEXT    NOT NULL,
    occurred_at   INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX rate_limit_events_subject ON rate_limit_events (limit_name, subject_hash, occurred_at);
CREATE INDEX rate_limit_events_expiry ON rate_limit_events (expires_at);

CREATE TABLE rate_limit_blocks (
    limit_name     TEXT    NOT NULL,
    subject_hash   TEXT    NOT NULL,
    blocked_until  INTEGER NOT NULL,
    PRIMARY KEY (limit_name, subject_hash)
);
CREATE INDEX rate_limit_blocks_expiry ON rate_limit_blocks (blocked_until);
