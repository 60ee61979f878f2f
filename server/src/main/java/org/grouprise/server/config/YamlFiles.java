package org.grouprise.server.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses configuration files into maps of {@link ConfigValue}s that remember file and line.
 * Keys are case-insensitive, as in grouprise.
 */
final class YamlFiles {

    private YamlFiles() {
    }

    static Map<String, ConfigValue> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                return Map.of();
            }
            if (!(root instanceof MappingNode mapping)) {
                throw new ConfigException(file + ": the file must hold a mapping of keys to values");
            }
            return mappingOf(mapping, file);
        } catch (YAMLException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, ConfigValue> mappingOf(MappingNode mapping, Path file) {
        Map<String, ConfigValue> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(file + ":" + line(tuple.getKeyNode()) + ": keys must be plain names");
            }
            Node valueNode = tuple.getValueNode();
            values.put(key.getValue().toLowerCase(Locale.ROOT),
                new ConfigValue(valueOf(valueNode, file), file, line(key)));
        }
        return values;
    }

    private static Object valueOf(Node node, Path file) {
        if (node instanceof MappingNode mapping) {
            return mappingOf(mapping, file);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(valueOf(item, file)));
            return items;
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(scalar.getValue().toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
        }
        return scalar.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
