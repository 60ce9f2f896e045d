package vn.gnbv.cli;

import vn.gnbv.run.Run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs, only on a terminal (none when piped or in CI):
 * households checked, the rate, and the time left as estimated from the bytes of input read.
 */
final class Progress {
    private Progress() {}

    /** A progress watcher when standard error is a terminal and not CI; null otherwise. */
    static Run.Progress onTerminal(String lang) {
        if (System.console() == null || System.getenv("CI") != null || Boolean.getBoolean("gnbv.quiet")) return null;
        return checked -> start(checked, lang);
    }

    private static void start(LongSupplier checked, String lang) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang.equals("vi") ? "vi-VN" : "en-US"));
        long start = System.nanoTime();
        Thread t = new Thread(() -> {
            boolean shown = false;
            try {
                while (true) {
                    Thread.sleep(1000);
                    long n = checked.getAsLong();
                    double secs = (System.nanoTime() - start) / 1e9;
                    if (secs < 2 || n == 0) continue;
                    long rate = (long) (n / secs);
                    String left = ReadProgress.left(secs, lang);
                    err.print("\r" + (lang.equals("vi")
                            ? "Đã kiểm tra " + nf.format(n) + " hộ — " + nf.format(rate) + " hộ/giây" + left
                            : "Checked " + nf.format(n) + " households — " + nf.format(rate) + "/s" + left) + "   ");
                    shown = true;
                }
            } catch (InterruptedException e) {
                if (shown) err.print("\r" + " ".repeat(79) + "\r");
            }
        }, "gnbv-progress");
        t.setDaemon(true);
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(t::interrupt));
    }
}
