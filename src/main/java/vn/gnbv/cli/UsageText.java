package vn.gnbv.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A command-line parsing error as a catalogue sentence: what was missing, unknown or wrong. */
final class UsageText {
    private UsageText() {}

    static String code(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException) return "usage.missing";
        if (ex instanceof CommandLine.UnmatchedArgumentException) return "usage.unknown-argument";
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            // what the option expected, where its label says (DATE: dd/mm/yyyy; N, PCT, VALUE: a number)
            return switch (ex.getArgSpec().paramLabel()) {
                case "DATE" -> "usage.bad-date";
                case "N" -> "usage.bad-whole";
                case "PCT", "VALUE" -> "usage.bad-number";
                default -> "usage.bad-value";
            };
        }
        return "usage.other";
    }

    static Map<String, Object> args(CommandLine.ParameterException ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (ex instanceof CommandLine.MissingParameterException mp) {
            m.put("what", mp.getMissing().stream().map(UsageText::name).collect(Collectors.joining(", ")));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            m.put("value", String.join(" ", u.getUnmatched()));
            var s = u.getSuggestions();
            String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            String suggestion = !s.isEmpty() ? s.get(0)
                    : first.startsWith("-") && u.getCommandLine() != null
                    ? vn.gnbv.input.Suggest.closest(first, u.getCommandLine().getCommandSpec().optionsMap().keySet()) : "";
            m.put("suggestion", suggestion == null ? "" : suggestion);
        } else if (ex.getArgSpec() != null) {
            m.put("option", name(ex.getArgSpec()));
            m.put("value", ex.getValue());
        } else {
            m.put("detail", ex.getMessage());
        }
        return m;
    }

    private static String name(CommandLine.Model.ArgSpec a) {
        if (a instanceof CommandLine.Model.OptionSpec o) return o.longestName();
        return a.paramLabel();
    }
}
