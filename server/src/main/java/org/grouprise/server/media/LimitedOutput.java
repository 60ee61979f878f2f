package org.grouprise.server.media;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until more than a limit have come, then stops: a file over the limit is never written whole. */
final class LimitedOutput extends FilterOutputStream {
    private final long limit;
    private long count;

    LimitedOutput(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        count(length);
        out.write(bytes, offset, length);
    }

    private void count(int length) throws LimitExceeded {
        count += length;
        if (count > limit) {
            throw new LimitExceeded();
        }
    }

    /** More bytes came than the limit allows. */
    static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("The upload exceeds the size limit");
        }
    }
}
