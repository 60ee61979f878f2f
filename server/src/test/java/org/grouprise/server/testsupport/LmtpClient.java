package org.grouprise.server.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-socket LMTP client for tests: sends command lines and message data, reads single and
 * multi-line replies, and does nothing else on its own, so that tests see the server's answers raw.
 */
public final class LmtpClient implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final Reply greeting;

    private LmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
        this.greeting = readReply();
    }

    /** Connects to 127.0.0.1 on {@code port} and reads the greeting. */
    public static LmtpClient connect(int port) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            return new LmtpClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot connect to LMTP on port " + port, e);
        }
    }

    public Reply greeting() {
        return greeting;
    }

    /** Sends one command line and reads its reply. */
    public Reply send(String command) {
        write(command + "\r\n");
        return readReply();
    }

    /** {@code LHLO}, {@code MAIL FROM} and one {@code RCPT TO} per recipient, returning the RCPT replies. */
    public List<Reply> envelope(String sender, String... recipients) {
        expect(send("LHLO client.test"), 250);
        expect(send("MAIL FROM:<" + sender + ">"), 250);
        List<Reply> replies = new ArrayList<>();
        for (String recipient : recipients) {
            replies.add(send("RCPT TO:<" + recipient + ">"));
        }
        return replies;
    }

    /**
     * Sends DATA, the message with its lines dot-stuffed and the final dot, and reads
     * {@code expectedReplies} replies (one per accepted recipient).
     */
    public List<Reply> data(String message, int expectedReplies) {
        expect(send("DATA"), 354);
        String normalised = message.replace("\r\n", "\n").replace("\n", "\r\n");
        String stuffed = (normalised.startsWith(".") ? "." : "") + normalised.replace("\r\n.", "\r\n..");
        write(stuffed + (stuffed.endsWith("\r\n") ? "" : "\r\n") + ".\r\n");
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < expectedReplies; i++) {
            replies.add(readReply());
        }
        return replies;
    }

    /** Writes raw bytes, for dialogues the helpers above do not cover (pipelining). */
    public void write(String raw) {
        try {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the LMTP server", e);
        }
    }

    /** Reads one reply, all lines of a multi-line one. */
    public Reply readReply() {
        try {
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IllegalStateException("The LMTP server closed the connection after " + lines);
                }
                lines.add(line);
            } while (line.length() > 3 && line.charAt(3) == '-');
            return new Reply(Integer.parseInt(line.substring(0, 3)), List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read from the LMTP server", e);
        }
    }

    private static void expect(Reply reply, int code) {
        if (reply.code() != code) {
            throw new IllegalStateException("Expected " + code + " but the server said " + reply.lines());
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reply: its code and its lines as received. */
    public record Reply(int code, List<String> lines) {

        /** The last line without its code, such as {@code 5.1.1 <a@b>: no such recipient here}. */
        public String text() {
            return lines.get(lines.size() - 1).substring(4);
        }

        /** The text of every line, for capability lists. */
        public List<String> texts() {
            return lines.stream().map(line -> line.substring(4)).toList();
        }

        @Override
        public String toString() {
            return String.join("\n", lines);
        }
    }
}
