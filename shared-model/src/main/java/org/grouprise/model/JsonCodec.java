package org.grouprise.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * Reads and writes the admin API's JSON the same way on both ends: instants as ISO-8601 text, absent optionals left
 * out, and unknown members ignored so that a newer server does not break an older console.
 */
public final class JsonCodec {
    private final ObjectMapper mapper;

    private JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A codec with the admin API's settings; it is thread-safe, so one per application is enough. */
    public static JsonCodec create() {
        ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();
        return new JsonCodec(mapper);
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a {@link Page} whose items are of the given type. */
    public <T> Page<T> readPage(byte[] json, Class<T> itemType) {
        try {
            return mapper.readValue(json, mapper.getTypeFactory().constructParametricType(Page.class, itemType));
        } catch (IOException e) {
            throw new JsonCodecException("not a valid page of " + itemType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JsonCodecException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonCodecException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
