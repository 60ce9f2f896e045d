package vn.gnbv.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** gnbv: compliance checker for the National Target Programme for Sustainable Poverty Reduction. */
@Command(name = "gnbv", mixinStandardHelpOptions = true, version = "gnbv " + Main.VERSION,
        description = "Kiểm tra tuân thủ Chương trình MTQG giảm nghèo bền vững / poverty-programme compliance checker.",
        subcommands = {CheckCommand.class, ClassifyCommand.class, EntitlementsCommand.class, DiffCommand.class,
                SweepCommand.class, TestCommand.class, RulesCommand.class,
                GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error", "3:invalid facts", "4:invalid rules or parameters", "5:internal error"})
public final class Main implements Runnable {
    static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("gnbv: internal error: " + e);
            if (Boolean.getBoolean("gnbv.debug")) e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, classify, rules");
    }
}
