-- The group description as stored, rendered and sanitised HTML (link-only markdown), read by pages as it is.
ALTER TABLE groups ADD COLUMN description_html TEXT NOT NULL DEFAULT '';
