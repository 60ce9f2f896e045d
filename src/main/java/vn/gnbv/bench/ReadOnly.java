package vn.gnbv.bench;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsFiles;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.HouseholdSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading alone, for bench/run: the facts given (a JSON roster, or a workbook or CSV roster with
 * its case file) loaded and checked as facts, every household bound and dropped, no rules. Prints
 * the households, members and milliseconds, so formats of one roster compare in one run.
 */
public final class ReadOnly {
    private ReadOnly() {}

    public static void main(String[] args) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String a : args) paths.add(Path.of(a));
        long t0 = System.nanoTime();
        long[] seen = new long[1];
        FactsReader.Loaded l = FactsReader.read(FactsFiles.documents(paths), null, new HouseholdSink() {
            public void start(Case context) {}

            public void accept(Household h) {
                seen[0] += h.members().size();
            }

            public void reset() {
                seen[0] = 0;
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(l.counts().households() + " households, " + l.counts().members() + " members read in " + ms + " ms");
    }
}
