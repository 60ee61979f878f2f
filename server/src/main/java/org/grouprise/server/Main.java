package org.grouprise.server;

/** The command line of the server jar: {@code serve} (the default) and the admin subcommands. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(System.out, System.err).run(args));
    }
}
