package vn.gnbv.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;

/**
 * JSON laid out as a person reads a roster: every item of a list section (households, members,
 * communes, …) on a line of its own, everything else compact. A finding's source line then names
 * one household or one member.
 */
final class LinePrinter extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        if (itemsOnLines(g)) g.writeRaw(indent(g));
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (itemsOnLines(g)) g.writeRaw(indent(g));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        boolean top = g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot();
        g.writeRaw(top ? ",\n" : ", ");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    /** Lists of objects (the sections and members) put an item on each line; lists of words stay inline. */
    private static boolean itemsOnLines(JsonGenerator g) {
        JsonStreamContext parent = g.getOutputContext().getParent();
        String name = parent == null ? null : parent.getCurrentName();
        return name != null && !name.equals("deprivations") && !name.equals("informationAssets");
    }

    private static String indent(JsonGenerator g) {
        int depth = 0;
        for (JsonStreamContext c = g.getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) depth++;
        return "\n" + "  ".repeat(depth);
    }
}
