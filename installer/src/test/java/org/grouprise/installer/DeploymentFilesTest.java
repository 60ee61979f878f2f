package org.grouprise.installer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

class DeploymentFilesTest {

    @Test
    void systemdUnitRunsTheServerJarAsServiceUserWithTheConfigFolder() throws IOException {
        String unit = resource("grouprise.service");

        assertThat(unit)
            .contains("\nExecStart=/usr/bin/java -jar /usr/share/grouprise/grouprise-server.jar serve\n")
            .contains("\nEnvironment=GROUPRISE_CONFIG=/etc/grouprise/conf.d\n")
            .contains("\nUser=grouprise\n")
            .contains("\nNoNewPrivileges=yes\n")
            .contains("\nProtectSystem=strict\n")
            .doesNotContain("\nMemoryDenyWriteExecute=");
    }

    @Test
    void nginxSiteForwardsToTheLocalWebListenerWithTheOriginalScheme() throws IOException {
        String site = resource("nginx-grouprise.conf");

        assertThat(site)
            .contains("proxy_pass http://127.0.0.1:8080;")
            .contains("proxy_set_header X-Forwarded-Proto $scheme;")
            .contains("client_max_body_size 10M;");
    }

    @Test
    void postfixSnippetDeliversTheDomainToTheLmtpListener() throws IOException {
        String mainCf = resource("postfix-main.cf");

        assertThat(mainCf).contains("transport_maps = inline:{ example.org=lmtp:inet:127.0.0.1:8024 }");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/debian/" + name)) {
            assertThat(in).as("/debian/" + name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
