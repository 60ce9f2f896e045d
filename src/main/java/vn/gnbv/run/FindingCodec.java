package vn.gnbv.run;

import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.input.Location;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A finding in a spill file, field by field. */
public final class FindingCodec implements Codec<Finding> {
    public static final FindingCodec INSTANCE = new FindingCodec();

    @Override
    public void write(DataOutput out, Finding f) throws IOException {
        Codec.writeString(out, f.rule());
        Codec.writeString(out, f.severity());
        Codec.writeString(out, f.subject());
        Codec.writeString(out, f.name());
        Codec.writeString(out, f.unit());
        Codec.writeString(out, f.district());
        Codec.writeString(out, f.legalBasis());
        Codec.writeValue(out, f.values());
        out.writeInt(f.parameters().size());
        for (UsedParameter p : f.parameters()) {
            Codec.writeString(out, p.name());
            Codec.writeValue(out, p.value());
            Codec.writeString(out, p.ref());
            Codec.writeString(out, p.confidence());
        }
        Codec.writeValue(out, f.amount());
        out.writeBoolean(f.source() != null);
        if (f.source() != null) {
            Codec.writeString(out, f.source().file());
            out.writeInt(f.source().line());
            out.writeInt(f.source().column());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Finding read(DataInput in) throws IOException {
        String rule = Codec.readString(in), severity = Codec.readString(in), subject = Codec.readString(in),
                name = Codec.readString(in), unit = Codec.readString(in), district = Codec.readString(in),
                basis = Codec.readString(in);
        Map<String, Object> values = (Map<String, Object>) Codec.readValue(in);
        int n = in.readInt();
        List<UsedParameter> params = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            params.add(new UsedParameter(Codec.readString(in), Codec.readValue(in), Codec.readString(in), Codec.readString(in)));
        }
        Long amount = (Long) Codec.readValue(in);
        Location source = in.readBoolean() ? new Location(Codec.readString(in), in.readInt(), in.readInt()) : null;
        return new Finding(rule, severity, subject, name, unit, district, basis, values, List.copyOf(params), amount, source);
    }
}
