package org.grouprise.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Typed access to one mapping of the configuration; remembers which keys were read so that the
 * rest can be reported as unknown.
 */
final class ConfigSection {
    private final String prefix;
    private final Map<String, ConfigValue> values;
    private final Set<String> readKeys = new HashSet<>();
    private final List<ConfigSection> children = new ArrayList<>();

    ConfigSection(String prefix, Map<String, ConfigValue> values) {
        this.prefix = prefix;
        this.values = values;
    }

    boolean has(String key) {
        readKeys.add(key);
        return values.containsKey(key) && values.get(key).raw() != null;
    }

    Optional<String> optionalString(String key) {
        return find(key).map(value -> scalar(key, value));
    }

    String string(String key, String fallback) {
        return optionalString(key).orElse(fallback);
    }

    int integer(String key, int fallback, int min, int max) {
        Optional<ConfigValue> found = find(key);
        if (found.isEmpty()) {
            return fallback;
        }
        String text = scalar(key, found.get());
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw invalid(key, found.get(), "a whole number from " + min + " to " + max);
    }

    boolean bool(String key, boolean fallback) {
        Optional<ConfigValue> found = find(key);
        if (found.isEmpty()) {
            return fallback;
        }
        if (found.get().raw() instanceof Boolean flag) {
            return flag;
        }
        throw invalid(key, found.get(), "true or false");
    }

    /** One of a fixed set of words; the message lists them. */
    <E> E choice(String key, E fallback, Map<String, E> allowed) {
        Optional<ConfigValue> found = find(key);
        if (found.isEmpty()) {
            return fallback;
        }
        E chosen = allowed.get(scalar(key, found.get()).trim().toLowerCase(java.util.Locale.ROOT));
        if (chosen == null) {
            throw invalid(key, found.get(), "one of " + String.join(", ", allowed.keySet()));
        }
        return chosen;
    }

    List<String> stringList(String key) {
        Optional<ConfigValue> found = find(key);
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get().raw() instanceof List<?> items)) {
            throw invalid(key, found.get(), "a list of words");
        }
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map || item instanceof List || item == null) {
                throw invalid(key, found.get(), "a list of words");
            }
            result.add(item.toString());
        }
        return result;
    }

    Optional<ConfigSection> section(String key) {
        Optional<ConfigValue> found = find(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!(found.get().raw() instanceof Map<?, ?> map)) {
            throw invalid(key, found.get(), "a mapping of keys to values");
        }
        @SuppressWarnings("unchecked")
        ConfigSection child = new ConfigSection(prefix + key + ".", (Map<String, ConfigValue>) map);
        children.add(child);
        return Optional.of(child);
    }

    /** An error about a value that was read, with file, line, key, the bad value and what is allowed. */
    ConfigException invalid(String key, ConfigValue value, String allowed) {
        return new ConfigException(value.where() + ": " + prefix + key + ": '" + display(value.raw())
            + "' is not allowed; expected " + allowed);
    }

    /** An error about a key that must be present. */
    ConfigException missing(String key, Path file, String allowed) {
        return new ConfigException(file + ": " + prefix + key + ": missing; expected " + allowed);
    }

    Optional<ConfigValue> valueOf(String key) {
        return find(key);
    }

    void reportUnknown(Consumer<String> warnings) {
        values.forEach((key, value) -> {
            if (!readKeys.contains(key)) {
                warnings.accept(value.where() + ": unknown key '" + prefix + key + "' is ignored");
            }
        });
        children.forEach(child -> child.reportUnknown(warnings));
    }

    private Optional<ConfigValue> find(String key) {
        readKeys.add(key);
        ConfigValue value = values.get(key);
        return value == null || value.raw() == null ? Optional.empty() : Optional.of(value);
    }

    private String scalar(String key, ConfigValue value) {
        if (value.raw() instanceof Map || value.raw() instanceof List) {
            throw invalid(key, value, "a single value");
        }
        return value.raw().toString();
    }

    private static String display(Object raw) {
        return raw instanceof Map ? "{...}" : String.valueOf(raw);
    }
}
