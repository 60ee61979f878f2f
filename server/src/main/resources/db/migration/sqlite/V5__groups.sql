-- Groups, their tags and former slugs, memberships, subscriptions and e-mail action tokens.

CREATE TABLE groups (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,
    slug          TEXT    NOT NULL,
    slug_key      TEXT    NOT NULL UNIQUE,
    description   TEXT    NOT NULL DEFAULT '',
    address       TEXT    NOT NULL DEFAULT '',
    url           TEXT    NOT NULL DEFAULT '',
    date_founded  TEXT,
    closed        BOOLEAN NOT NULL DEFAULT FALSE,
    score         INTEGER NOT NULL DEFAULT 0,
    avatar        TEXT,
    logo          TEXT,
    created_by    INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL
);
CREATE INDEX groups_directory ON groups (score DESC, id);

CREATE TABLE group_tags (
    group_id  INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    PRIMARY KEY (group_id, tag)
);

CREATE TABLE group_slug_redirects (
    old_slug_key  TEXT    PRIMARY KEY,
    group_id      INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE
);

CREATE TABLE memberships (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_by  INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    joined_at   INTEGER NOT NULL,
    UNIQUE (group_id, person_id)
);
CREATE INDEX memberships_person ON memberships (person_id);

CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    UNIQUE (group_id, person_id)
);
CREATE INDEX subscriptions_person ON subscriptions (person_id);

CREATE TABLE group_action_tokens (
    token_hash  TEXT    PRIMARY KEY,
    purpose     TEXT    NOT NULL,
    group_id    INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX group_action_tokens_expiry ON group_action_tokens (expires_at);
