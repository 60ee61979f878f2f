package org.grouprise.server.accounts;

import java.util.Map;

/**
 * The parameters of an insert whose generated id MyBatis writes back; records cannot take it.
 */
final class NewRow {
    private final Map<String, Object> values;
    private long id;

    NewRow(Map<String, Object> values) {
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
