package vn.gnbv.cli;

import picocli.CommandLine;

import java.math.BigDecimal;

/**
 * A number on the command line, plain (1500000, 1.5) or as people write it here: dots grouping
 * thousands and a decimal comma (1.500.000 or 2,5).
 */
final class Numbers implements CommandLine.ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
        String v = value.trim().replace(" ", "");
        try {
            if (v.matches("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) return new BigDecimal(v.replace(".", "").replace(',', '.'));
            if (v.matches("[-+]?\\d+,\\d+")) return new BigDecimal(v.replace(',', '.'));
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(v);
        }
    }
}
