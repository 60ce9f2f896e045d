package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gnbv.bench.RosterGenerator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic roster (JSON) to measure speed and memory (see bench/run).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--households", defaultValue = "100000", description = "number of households (default 100000)")
    int households;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (same seed, same roster)")
    long seed;

    @Option(names = "--as-of", defaultValue = "2024-06-30", paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() throws Exception {
        RosterGenerator.write(output, households, seed, asOf);
        return ExitCodes.OK;
    }
}
