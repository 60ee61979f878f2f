-- Facts about the site that the server decides itself, such as the operator group it created.
CREATE TABLE site_properties (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
