package vn.gnbv.cli;

import picocli.CommandLine.Command;
import vn.gnbv.check.Run;
import vn.gnbv.insurance.EntitlementWriter;

import java.io.IOException;
import java.io.PrintWriter;

@Command(name = "entitlements", mixinStandardHelpOptions = true,
        description = "Each person's health-insurance support group, level, premium and state share on the case date.")
final class EntitlementsCommand extends TableCommand {
    @Override
    void write(PrintWriter out, Run run, boolean csv) throws IOException {
        if (csv) EntitlementWriter.csv(out, run.result().entitlements());
        else EntitlementWriter.json(out, run.result().entitlements());
    }
}
