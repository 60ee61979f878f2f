package org.grouprise.installer;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Questions and answers on a text terminal. An answer the parser refuses is explained with the parser's message
 * and asked again; an empty answer takes the default shown in brackets.
 */
final class Terminal {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Optional<Console> console;

    /** @param console used only to read secrets without echo; empty in tests and when input is piped */
    Terminal(BufferedReader in, PrintWriter out, Optional<Console> console) {
        this.in = in;
        this.out = out;
        this.console = console;
    }

    void say(String line) {
        out.println(line);
        out.flush();
    }

    /**
     * Asks until the parser accepts the answer.
     *
     * @param parser turns the answer into a value, or throws IllegalArgumentException with a message for the admin
     */
    <T> T ask(String question, String defaultAnswer, Function<String, T> parser) {
        while (true) {
            out.print(defaultAnswer.isEmpty() ? question + ": " : question + " [" + defaultAnswer + "]: ");
            out.flush();
            String answer = readLine().strip();
            try {
                return parser.apply(answer.isEmpty() ? defaultAnswer : answer);
            } catch (IllegalArgumentException e) {
                say("  " + e.getMessage());
            }
        }
    }

    /** Reads a secret; it is not echoed when a real console is attached. */
    String askSecret(String question) {
        if (console.isPresent()) {
            char[] secret = console.get().readPassword("%s: ", question);
            if (secret == null) {
                throw new SetupAbortedException("input ended before the setup was complete; nothing was written");
            }
            return new String(secret);
        }
        out.print(question + ": ");
        out.flush();
        return readLine();
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new SetupAbortedException("input ended before the setup was complete; nothing was written");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer from the terminal", e);
        }
    }
}
