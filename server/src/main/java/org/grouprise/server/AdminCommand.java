package org.grouprise.server;

import org.grouprise.server.adminapi.AdminCertificate;
import org.grouprise.server.config.Settings;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code admin}: facts about the admin API that an operator checks before trusting a console's
 * connection, read without a running server.
 */
final class AdminCommand {
    static final String USAGE = """
          admin fingerprint       print the SHA-256 fingerprint of the admin API's certificate
        """;

    private final PrintStream out;
    private final PrintStream err;

    AdminCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs with the arguments after {@code admin}; answers the process exit code. */
    int run(Settings settings, List<String> args) {
        if (!args.equals(List.of("fingerprint"))) {
            err.println("Unknown admin arguments " + args + "; expected:");
            err.print(USAGE);
            return 2;
        }
        // The same certificate the server loads, generated now if the server never ran: it then uses this one.
        AdminCertificate certificate = AdminCertificate.loadOrCreate(settings);
        out.println(certificate.fingerprint());
        return 0;
    }
}
