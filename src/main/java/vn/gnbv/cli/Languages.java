package vn.gnbv.cli;

import picocli.CommandLine;
import vn.gnbv.findings.Messages;

final class Languages {
    private Languages() {}

    static void check(String lang) {
        if (!Messages.LANGUAGES.contains(lang)) {
            throw new CommandLine.ParameterException(new CommandLine(new Main()),
                    "--lang must be one of " + Messages.LANGUAGES + ", not '" + lang + "'");
        }
    }
}
