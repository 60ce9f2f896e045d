package vn.gnbv.cli;

import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A date on the command line as people write it here (30/06/2024), or as facts files do (2024-06-30). */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String v = value.trim();
        try {
            return v.contains("/") ? LocalDate.parse(v, VN) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(v);
        }
    }
}
