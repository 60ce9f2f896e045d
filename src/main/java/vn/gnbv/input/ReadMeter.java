package vn.gnbv.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Bytes of input read so far against the total, for a progress line's time left. */
public final class ReadMeter {
    private static final AtomicLong READ = new AtomicLong(), TOTAL = new AtomicLong();

    private ReadMeter() {}

    public static void expect(long bytes) {
        TOTAL.addAndGet(bytes);
    }

    public static double share() {
        long t = TOTAL.get();
        return t == 0 ? 0 : (double) READ.get() / t;
    }

    /** The stream, counting what is read from it. */
    static InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) READ.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) READ.addAndGet(n);
                return n;
            }
        };
    }
}
