package vn.gnbv.policy;

import vn.gnbv.findings.Finding;
import vn.gnbv.run.Codec;
import vn.gnbv.run.FindingCodec;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A finding change in a spill file. */
final class FindingChangeCodec implements Codec<FindingChange> {
    static final FindingChangeCodec INSTANCE = new FindingChangeCodec();

    @Override
    public void write(DataOutput out, FindingChange c) throws IOException {
        Codec.writeString(out, c.district());
        Codec.writeString(out, c.key());
        Codec.writeString(out, c.change());
        finding(out, c.before());
        finding(out, c.after());
    }

    @Override
    public FindingChange read(DataInput in) throws IOException {
        String district = Codec.readString(in), key = Codec.readString(in), change = Codec.readString(in);
        Finding before = finding(in), after = finding(in);
        return new FindingChange(district, key, change, before, after);
    }

    private static void finding(DataOutput out, Finding f) throws IOException {
        out.writeBoolean(f != null);
        if (f != null) FindingCodec.INSTANCE.write(out, f);
    }

    private static Finding finding(DataInput in) throws IOException {
        return in.readBoolean() ? FindingCodec.INSTANCE.read(in) : null;
    }
}
