package org.grouprise.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.model.ProblemTypes;
import org.grouprise.server.config.CertificateFiles;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.ApiClient;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

class AdminApiListenerTest {
    @TempDir
    Path folder;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(folder, 25, builder -> builder.adminApi(new Listener(true, "127.0.0.1", 0)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unknownPathAnswersNotFoundProblem() {
        ApiClient.Response response = server.newApiClient().get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(response.problem().status()).isEqualTo(404);
    }

    @Test
    void answersAreNeitherCachedNorSniffed() {
        ApiClient.Response response = server.newApiClient().get("/api/v1/nothing-here");

        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void bodyOverOneMebibyteIsRefused() {
        ApiClient.Response response = server.newApiClient().send("POST", "/api/v1/session",
            "x".repeat(1024 * 1024 + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().fieldErrors()).containsKey("body");
    }

    @Test
    void plainHttpGetsNoHttpAnswer() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.adminApiPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /api/v1/overview HTTP/1.1\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));

            byte[] answer = readQuietly(socket);

            assertThat(new String(answer, StandardCharsets.US_ASCII)).doesNotStartWith("HTTP/");
        }
    }

    private static byte[] readQuietly(Socket socket) {
        try {
            return socket.getInputStream().readNBytes(5);
        } catch (IOException e) {
            // A reset connection is a refusal too.
            return new byte[0];
        }
    }

    @Test
    void consoleShowsTheCertificateFingerprint() {
        String fingerprint = server.server().adminApiFingerprint();

        assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(server.consoleOutput()).contains("Admin API: https://127.0.0.1:" + server.adminApiPort() + "/",
            fingerprint);
    }

    @Test
    void generatedCertificateIsReusedAfterRestart() {
        String before = server.server().adminApiFingerprint();

        server.restart();

        assertThat(server.server().adminApiFingerprint()).isEqualTo(before);
        assertThat(server.newApiClient().get("/api/v1/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void configuredCertificateIsPresentedInsteadOfAGeneratedOne(@TempDir Path other) throws IOException {
        Path certificate = Files.copy(server.adminCertificateFile(), other.resolve("admin.pem"));
        Path key = Files.copy(server.adminCertificateFile().resolveSibling("private-key.pem"),
            other.resolve("admin.key"));
        String expected = server.server().adminApiFingerprint();

        try (TestServer configured = TestServer.start(other, 25, builder -> builder
                .adminApi(new Listener(true, "127.0.0.1", 0))
                .adminApiCertificate(new CertificateFiles(certificate, key)))) {
            assertThat(configured.server().adminApiFingerprint()).isEqualTo(expected);
            assertThat(Files.exists(configured.adminCertificateFile())).isFalse();
        }
    }

    @Test
    void generatedKeyIsReadableByItsOwnerOnly() throws IOException {
        Path key = server.adminCertificateFile().resolveSibling("private-key.pem");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
}
