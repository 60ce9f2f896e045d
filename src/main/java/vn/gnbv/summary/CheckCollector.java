package vn.gnbv.summary;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.FactsReader;
import vn.gnbv.facts.Household;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.FindingOrder;
import vn.gnbv.run.FindingCodec;
import vn.gnbv.run.Outcome;
import vn.gnbv.run.RunListener;
import vn.gnbv.run.SortedSpill;
import vn.gnbv.waivers.Waived;
import vn.gnbv.waivers.Waiver;
import vn.gnbv.waivers.WaiverFilter;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The results of `check` as batches finish: findings into one sorted order (spilled to disk past a
 * limit, never all in memory), waived findings apart, and the summary counted on the way.
 */
public final class CheckCollector implements RunListener, Closeable {
    private final SortedSpill<Finding> findings = new SortedSpill<>(FindingOrder.ORDER, FindingCodec.INSTANCE);
    private final List<Waived> waived = new ArrayList<>();
    private final SummaryBuilder summary = new SummaryBuilder();
    private final WaiverFilter waivers;

    public CheckCollector(WaiverFilter waivers) {
        this.waivers = waivers;
    }

    @Override
    public void batch(Case context, List<Household> households, List<Outcome> outcomes) {
        date(context);
        summary.households(households);
        accept(outcomes.get(0).result().findings());
    }

    @Override
    public void caseLevel(Case context, List<Outcome> outcomes) {
        date(context);
        accept(outcomes.get(0).result().findings());
    }

    private volatile java.time.LocalDate dated;

    /** Waivers apply as of the case date. */
    private void date(Case c) {
        if (c.asOf().equals(dated)) return;
        synchronized (this) {
            if (!c.asOf().equals(dated)) {
                waivers.on(c.asOf());
                dated = c.asOf();
            }
        }
    }

    private void accept(List<Finding> batch) {
        List<Finding> kept = new ArrayList<>(batch.size());
        for (Finding f : batch) {
            Waiver w = waivers.match(f);
            if (w == null) {
                kept.add(f);
            } else {
                synchronized (waived) {
                    waived.add(new Waived(f, w));
                }
            }
        }
        findings.addAll(kept);
        summary.findings(kept);
    }

    @Override
    public void reset() {
        findings.clear();
        synchronized (waived) {
            waived.clear();
        }
        summary.clear();
        waivers.reset();
    }

    /** The findings that count, in the one order of every output; read once. */
    public Iterator<Finding> findings() {
        return findings.iterator();
    }

    public long count() {
        return findings.size();
    }

    /** Waived findings, in the same order. */
    public List<Waived> waived() {
        synchronized (waived) {
            return waived.stream().sorted((a, b) -> FindingOrder.ORDER.compare(a.finding(), b.finding())).toList();
        }
    }

    public CheckSummary summary(Case c, FactsReader.Counts counts) {
        return summary.build(c, counts);
    }

    @Override
    public void close() {
        findings.close();
    }
}
