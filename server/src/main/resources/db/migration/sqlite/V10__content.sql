-- Content (articles for now), the associations that place it in a group or on a profile, its
-- versions, tags, former slugs and the comments ("contributions") inside it.

CREATE TABLE contents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL DEFAULT 'article',
    title       TEXT    NOT NULL,
    text        TEXT    NOT NULL DEFAULT '',
    html        TEXT    NOT NULL DEFAULT '',
    author_id   INTEGER NOT NULL REFERENCES persons (id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX contents_author ON contents (author_id);

-- Exactly one of group_id and person_id names the owner. The slug is cleared on deletion, so
-- that a new item can take it; NULLs never clash in a UNIQUE constraint.
CREATE TABLE associations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id  INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    group_id    INTEGER REFERENCES groups (id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES persons (id) ON DELETE CASCADE,
    public      BOOLEAN NOT NULL DEFAULT FALSE,
    pinned      BOOLEAN NOT NULL DEFAULT FALSE,
    slug        TEXT,
    created_at  INTEGER NOT NULL,
    deleted_at  INTEGER,
    CHECK ((group_id IS NULL) <> (person_id IS NULL)),
    UNIQUE (group_id, slug),
    UNIQUE (person_id, slug)
);
CREATE INDEX associations_content ON associations (content_id);
CREATE INDEX associations_group_stream ON associations (group_id, pinned DESC, created_at DESC, id DESC);
CREATE INDEX associations_person_stream ON associations (person_id, created_at DESC, id DESC);
CREATE INDEX associations_stream ON associations (created_at DESC, id DESC);

CREATE TABLE association_slug_redirects (
    old_slug        TEXT    NOT NULL,
    association_id  INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    PRIMARY KEY (old_slug, association_id)
);
CREATE INDEX association_slug_redirects_association ON association_slug_redirects (association_id);

CREATE TABLE content_versions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id  INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL REFERENCES persons (id),
    title       TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX content_versions_content ON content_versions (content_id, id);
CREATE INDEX content_versions_author ON content_versions (author_id);

CREATE TABLE content_tags (
    content_id  INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    tag_slug    TEXT    NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (content_id, tag_slug)
);
CREATE INDEX content_tags_slug ON content_tags (tag_slug);

CREATE TABLE contributions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id   INTEGER NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    author_id    INTEGER NOT NULL REFERENCES persons (id),
    text         TEXT    NOT NULL,
    html         TEXT    NOT NULL,
    public       BOOLEAN NOT NULL DEFAULT TRUE,
    in_reply_to  INTEGER REFERENCES contributions (id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    deleted_at   INTEGER
);
CREATE INDEX contributions_content ON contributions (content_id, created_at, id);
CREATE INDEX contributions_author ON contributions (author_id);
