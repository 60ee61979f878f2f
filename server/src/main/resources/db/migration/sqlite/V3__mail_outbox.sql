-- Outgoing mail: one row per rendered message and recipient, written in the transaction of the
-- change that caused it and delivered by the mail delivery task (see docs/administration/mail.md).

CREATE TABLE mail_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id       TEXT        NOT NULL,
    recipient        TEXT        NOT NULL,
    envelope_sender  TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    message          TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER     NOT NULL,
    claimed_at       INTEGER,
    last_error       TEXT,
    created_at       INTEGER     NOT NULL,
    sent_at          INTEGER
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
