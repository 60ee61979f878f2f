package org.grouprise.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation errors of one form, by field, as message keys that the page translates. */
public final class FormErrors {
    /** The pseudo-field for errors that belong to the whole form. */
    public static final String FORM = "__all__";

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey) {
        byField.computeIfAbsent(field, key -> new ArrayList<>()).add(messageKey);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The errors translated for a page: field name to texts. */
    public Map<String, List<String>> translated(Messages messages) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        byField.forEach((field, keys) -> result.put(field, keys.stream().map(messages::get).toList()));
        return result;
    }

    public Map<String, List<String>> keys() {
        return Map.copyOf(byField);
    }
}
