package vn.gnbv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.gnbv.input.ErrorText;
import vn.gnbv.input.WorkFailure;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * gnbv: compliance checker for the National Target Programme for Sustainable Poverty Reduction.
 * Every message — help, usage errors, input errors — is worded in the chosen language (--lang,
 * Vietnamese by default); never a Java class name or a stack trace for a user's mistake.
 */
@Command(name = "gnbv", mixinStandardHelpOptions = true, version = "gnbv " + Main.VERSION,
        subcommands = {CheckCommand.class, TableCommand.Classify.class, TableCommand.Entitlements.class,
                DiffCommand.class, SweepCommand.class, TestCommand.class, RulesCommand.class, TemplateCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%n${bundle:exit-codes-heading}%n",
        exitCodeList = {"0:${bundle:exit.0}", "1:${bundle:exit.1}", "2:${bundle:exit.2}", "3:${bundle:exit.3}",
                "4:${bundle:exit.4}", "5:${bundle:exit.5}"})
public final class Main implements Runnable {
    static final String VERSION = "0.2.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Memory let go of when a failure is reported, so that reporting it does not run out too. */
    private static volatile byte[] reserve = new byte[1 << 20];

    /** Set once the one line about a failure is printed: a run says it once, whichever thread failed. */
    private static final java.util.concurrent.atomic.AtomicBoolean FAILED = new java.util.concurrent.atomic.AtomicBoolean();

    public static void main(String[] args) {
        // A thread of the rule engine's own (e.g. "drools-worker") that runs out of memory or fails
        // would print a stack trace and leave the run to go on without it: say it in one line, exit 5.
        // Its messages and stream are made now, and it first lets go of a reserve of memory: a handler
        // that needs memory once it has run out fails itself, and the JVM prints "OutOfMemoryError
        // thrown from the UncaughtExceptionHandler" (1 run in 12 at -Xmx25m, compiling rules).
        String lang = language(args);
        ErrorText text = new ErrorText(lang);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            reserve = null;
            System.exit(failure(e, text, err));
        });
        System.exit(run(lang, text, err, args));
    }

    public static int run(String... args) {
        String lang = language(args);
        return run(lang, new ErrorText(lang), new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
    }

    private static int run(String lang, ErrorText text, PrintStream err, String... args) {
        FAILED.set(false);
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(ResourceBundle.getBundle("gnbv.cli", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("gnbv: " + text.sentence(UsageText.code(ex), UsageText.args(ex)));
            err.println(text.sentence("usage.hint", java.util.Map.of("command", ex.getCommandLine().getCommandSpec().qualifiedName())));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof Usage u) {
                err.println("gnbv: " + text.sentence(u.code, u.args));
                err.println(text.sentence("usage.hint", java.util.Map.of("command", cmd.getCommandSpec().qualifiedName())));
                return ExitCodes.USAGE;
            }
            return failure(e, text, err);
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            return failure(e, text, err);
        }
    }

    /** Out of memory, a failed write, a temporary file, or a fault of the program: exit 5 with one line. */
    static int failure(Throwable e, ErrorText text, PrintStream err) {
        if (!FAILED.compareAndSet(false, true)) return ExitCodes.INTERNAL;
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof OutOfMemoryError)) root = root.getCause();
        WorkFailure work = null;
        for (Throwable t = e; t != null && work == null; t = t.getCause()) if (t instanceof WorkFailure w) work = w;
        if (work != null) {
            err.println("gnbv: " + text.sentence(work.code(), work.args()));
        } else if (e instanceof OutOfMemoryError || root instanceof OutOfMemoryError) {
            err.println("gnbv: " + text.text("failure.memory"));
        } else if (e instanceof IOException || root instanceof IOException) {
            IOException io = (IOException) (e instanceof IOException ? e : root);
            String reason = WorkFailure.reason(io);
            err.println("gnbv: " + (io instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    ? text.sentence("failure.io", java.util.Map.of("file", f.getFile(), "reason", reason))
                    : text.sentence("failure.io-unnamed", java.util.Map.of("reason", reason))));
        } else {
            err.println("gnbv: " + text.sentence("failure.internal", java.util.Map.of("detail", String.valueOf(e.getMessage()))));
        }
        if (Boolean.getBoolean("gnbv.debug")) e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    /** The language asked for (--lang X or --lang=X), before the arguments are parsed, so usage errors use it too. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) return known(args[i + 1]);
            if (args[i].startsWith("--lang=")) return known(args[i].substring(7));
        }
        String env = System.getenv("GNBV_LANG");
        return env == null ? "vi" : known(env);
    }

    private static String known(String lang) {
        return lang.equals("en") ? "en" : "vi";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
