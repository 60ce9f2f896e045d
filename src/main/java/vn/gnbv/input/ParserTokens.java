package vn.gnbv.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;

/** Tokens streamed from a Jackson parser (YAML or JSON): a roster is never held whole. */
public final class ParserTokens implements Tokens {
    private final JsonParser p;
    private final String file;
    private Kind kind;

    public ParserTokens(JsonParser p, String file) {
        this.p = p;
        this.file = file;
    }

    public JsonParser parser() {
        return p;
    }

    @Override
    public Kind next() throws IOException {
        JsonToken t = p.nextToken();
        kind = t == null ? null : switch (t) {
            case START_OBJECT -> Kind.START_OBJECT;
            case END_OBJECT -> Kind.END_OBJECT;
            case START_ARRAY -> Kind.START_ARRAY;
            case END_ARRAY -> Kind.END_ARRAY;
            case FIELD_NAME -> Kind.FIELD;
            default -> Kind.SCALAR;
        };
        return kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String name() throws IOException {
        return p.currentName();
    }

    @Override
    public Object value() throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    @Override
    public String text() throws IOException {
        return p.getText();
    }

    @Override
    public boolean alias() {
        return p instanceof YAMLParser y && y.isCurrentAlias();
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public int line() {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    @Override
    public int column() {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
    }

    /**
     * Where the token starts (a field: where its name is), from Jackson's public location, read once:
     * the JSON parsers' getTokenColumnNr() is one column past the start, and gives a name its value's place.
     */
    @Override
    public long position() {
        JsonLocation l = p.currentTokenLocation();
        return Location.pack(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    @Override
    public Location location() {
        return Location.unpack(file, position());
    }

    @Override
    public void skip() throws IOException {
        p.skipChildren();
        kind = kind == Kind.START_OBJECT ? Kind.END_OBJECT : kind == Kind.START_ARRAY ? Kind.END_ARRAY : kind;
    }
}
