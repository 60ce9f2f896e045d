package vn.gnbv.cli;

import vn.gnbv.run.Run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs, only when standard error is a terminal (none
 * when piped or in CI): households checked, the rate, and the time left as estimated from the bytes
 * of input read. The line is wiped when the run ends, so the report and any error begin on a line
 * of their own.
 */
final class Progress {
    private Progress() {}

    /** A progress watcher when standard error is a terminal and not CI; null otherwise. */
    static Run.Progress onTerminal(String lang) {
        if (!Terminal.is(2) || System.getenv("CI") != null || Boolean.getBoolean("gnbv.quiet")) return null;
        return checked -> start(checked, lang);
    }

    /** Starts the line's thread; the returned action stops it and waits until its line is wiped. */
    private static Runnable start(LongSupplier checked, String lang) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang.equals("vi") ? "vi-VN" : "en-US"));
        long start = System.nanoTime();
        Thread t = new Thread(() -> {
            int shown = 0;
            try {
                while (true) {
                    Thread.sleep(1000);
                    long n = checked.getAsLong();
                    double secs = (System.nanoTime() - start) / 1e9;
                    if (secs < 2 || n == 0) continue;
                    long rate = (long) (n / secs);
                    String left = ReadProgress.left(secs, lang);
                    String line = lang.equals("vi")
                            ? "Đã kiểm tra " + nf.format(n) + " hộ — " + nf.format(rate) + " hộ/giây" + left
                            : "Checked " + nf.format(n) + " households — " + nf.format(rate) + "/s" + left;
                    err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
                    shown = line.length();
                }
            } catch (InterruptedException e) {
                if (shown > 0) err.print("\r" + " ".repeat(shown) + "\r");
            }
        }, "gnbv-progress");
        t.setDaemon(true);
        t.start();
        Thread wipe = new Thread(t::interrupt); // a run stopped from outside (Ctrl+C) wipes the line too
        Runtime.getRuntime().addShutdownHook(wipe);
        return () -> {
            t.interrupt();
            try {
                t.join(1000);
                Runtime.getRuntime().removeShutdownHook(wipe);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook has run
            }
        };
    }
}
