-- People ("Gestalten"), their e-mail addresses, one-time tokens and web sessions.

CREATE TABLE persons (
    id                             INTEGER PRIMARY KEY AUTOINCREMENT,
    username                       TEXT    NOT NULL,
    username_key                   TEXT    NOT NULL UNIQUE,
    first_name                     TEXT    NOT NULL DEFAULT '',
    last_name                      TEXT    NOT NULL DEFAULT '',
    about                          TEXT    NOT NULL DEFAULT '',
    public                         BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash                  TEXT,
    staff                          BOOLEAN NOT NULL DEFAULT FALSE,
    active                         BOOLEAN NOT NULL DEFAULT TRUE,
    language                       TEXT,
    receives_inbox_notifications   BOOLEAN NOT NULL DEFAULT TRUE,
    receives_email_notifications   BOOLEAN NOT NULL DEFAULT TRUE,
    receives_matrix_notifications  BOOLEAN NOT NULL DEFAULT TRUE,
    score                          INTEGER NOT NULL DEFAULT 0,
    joined_at                      INTEGER NOT NULL,
    last_login_at                  INTEGER
);
CREATE INDEX persons_public_score ON persons (public, score DESC, joined_at);

CREATE TABLE email_addresses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    email       TEXT    NOT NULL,
    email_key   TEXT    NOT NULL UNIQUE,
    verified    BOOLEAN NOT NULL DEFAULT FALSE,
    is_primary  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  INTEGER NOT NULL
);
CREATE INDEX email_addresses_person ON email_addresses (person_id);

CREATE TABLE one_time_tokens (
    token_hash        TEXT    PRIMARY KEY,
    purpose           TEXT    NOT NULL,
    person_id         INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    email_address_id  INTEGER REFERENCES email_addresses (id) ON DELETE CASCADE,
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL
);
CREATE INDEX one_time_tokens_person ON one_time_tokens (person_id, purpose);
CREATE INDEX one_time_tokens_expiry ON one_time_tokens (expires_at);

CREATE TABLE web_sessions (
    id_hash       TEXT    PRIMARY KEY,
    person_id     INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    csrf_token    TEXT    NOT NULL,
    language      TEXT,
    flash         TEXT,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX web_sessions_person ON web_sessions (person_id);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);
