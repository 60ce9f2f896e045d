package vn.gnbv.waivers;

import vn.gnbv.findings.Finding;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Waivers applied to findings as they come: the first active waiver that matches takes a finding
 * apart. At the end, the waivers that expired and the active ones that matched nothing.
 */
public final class WaiverFilter {
    private final List<Waiver> waivers;
    private volatile List<Waiver> active = List.of();
    private volatile List<Waiver> expired = List.of();
    private final Set<Waiver> used = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

    public WaiverFilter(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public static WaiverFilter none() {
        return new WaiverFilter(List.of());
    }

    /** The case date: waivers in force on it apply, the others are expired. */
    public synchronized void on(LocalDate asOf) {
        active = waivers.stream().filter(w -> w.activeOn(asOf)).toList();
        expired = waivers.stream().filter(w -> !w.activeOn(asOf)).toList();
    }

    /** The waiver that takes this finding apart, or null. */
    public Waiver match(Finding f) {
        for (Waiver w : active) {
            if (w.matches(f)) {
                used.add(w);
                return w;
            }
        }
        return null;
    }

    public List<Waiver> expired() {
        return expired;
    }

    public List<Waiver> unmatched() {
        return active.stream().filter(w -> !used.contains(w)).toList();
    }

    public void reset() {
        used.clear();
    }
}
