package vn.gnbv.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of bench/run: Jackson's streaming parser over the same roster, reading every token
 * and every scalar's value, and nothing else. `check` is measured as a ratio to this, in one run.
 */
public final class ParseOnly {
    private ParseOnly() {}

    public static void main(String[] args) throws Exception {
        long tokens = 0, checksum = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
             JsonParser p = new JsonFactory().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                switch (t) {
                    case FIELD_NAME, VALUE_STRING -> checksum += p.getText().length();
                    case VALUE_NUMBER_INT -> checksum += p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> checksum += p.getDecimalValue().signum();
                    default -> { }
                }
            }
        }
        System.out.println(tokens + " tokens (" + checksum + ")");
    }
}
