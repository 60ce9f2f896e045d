package vn.gnbv.input;

import java.io.IOException;

/**
 * A cursor over the tokens of a YAML or JSON value, with the place of each token: the one way
 * input is read into {@link Bound}s, whether it streams from a file ({@link ParserTokens}) or
 * walks a tree already read ({@link NodeTokens}).
 */
public interface Tokens {
    enum Kind { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD, SCALAR }

    /** Moves to the next token; null at the end of the input. */
    Kind next() throws IOException;

    /** The current token. */
    Kind kind();

    /** The field name, at a FIELD token. */
    String name() throws IOException;

    /**
     * The scalar's value at a SCALAR token: String, Long, java.math.BigInteger,
     * java.math.BigDecimal, Boolean or null.
     */
    Object value() throws IOException;

    /** The scalar exactly as written (numbers keep their digits: "010" stays "010"). */
    String text() throws IOException;

    /** Whether the scalar is a YAML alias (*name) rather than a value. */
    boolean alias();

    /** File, line and column of the current token. */
    String file();

    int line();

    int column();

    /** At the start of an object or list: moves to its end. */
    void skip() throws IOException;

    default long position() {
        return Location.pack(line(), column());
    }

    default Location location() {
        return new Location(file(), line(), column());
    }
}
