package org.grouprise.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

class ProblemTest {
    private final JsonCodec codec = JsonCodec.create();

    @Test
    void readsAnRfc9457BodyWithFieldErrorsAndUnknownExtensions() {
        byte[] json = """
            {"type": "https://grouprise.org/problems/invalid-login", "title": "Invalid login", "status": 401,
             "detail": "Name or password is wrong.", "errors": {"password": "wrong"}, "instance": "/api/v1/session"}
            """.getBytes(StandardCharsets.UTF_8);

        Problem problem = codec.read(json, Problem.class);

        assertThat(problem.title()).isEqualTo("Invalid login");
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.detail()).contains("Name or password is wrong.");
        assertThat(problem.fieldErrors()).isEqualTo(Map.of("password", "wrong"));
    }

    @Test
    void typeDefaultsToAboutBlank() {
        byte[] json = "{\"title\": \"Forbidden\", \"status\": 403}".getBytes(StandardCharsets.UTF_8);

        Problem problem = codec.read(json, Problem.class);

        assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
        assertThat(problem.fieldErrors()).isEmpty();
    }

    @Test
    void writesFieldErrorsAsErrorsMember() {
        Problem problem = Problem.of(400, "Invalid request").withFieldError("username", "required");

        String json = new String(codec.write(problem), StandardCharsets.UTF_8);

        assertThat(json).contains("\"errors\":{\"username\":\"required\"}").doesNotContain("detail");
    }

    @Test
    void malformedJsonIsReportedWithTheTargetType() {
        byte[] json = "<html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(json, Problem.class))
            .isInstanceOf(JsonCodecException.class)
            .hasMessageContaining("Problem")
            .hasCauseInstanceOf(JsonProcessingException.class);
    }
}
