package org.grouprise.server.db;

import java.util.Map;

/**
 * The parameters of an insert whose generated id MyBatis writes back, since records cannot take
 * it: mapper XML reads {@code #{values.name}} and declares {@code keyProperty="id"}.
 */
public final class NewRow {
    private final Map<String, Object> values;
    private long id;

    public NewRow(Map<String, Object> values) {
        this.values = values;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
