-- A person's avatar and profile background: keys of the image store (media/images/<key>/), or NULL.

ALTER TABLE persons ADD COLUMN avatar_key TEXT;
ALTER TABLE persons ADD COLUMN background_key TEXT;
