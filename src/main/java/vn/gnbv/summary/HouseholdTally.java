package vn.gnbv.summary;

import vn.gnbv.facts.Household;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Households and people checked in each commune, and those the commune lists as poor or near-poor. */
public final class HouseholdTally {
    /** Counts of one commune. */
    public static final class Counts {
        public long households, persons, listedPoor, listedNearPoor;
    }

    /** Hashed while batches add; sorted when read. */
    private final Map<String, Counts> byCommune = new HashMap<>();

    /** A batch's households, under one lock. */
    public synchronized void addAll(List<Household> batch) {
        for (Household h : batch) add(h);
    }

    private void add(Household h) {
        Counts c = byCommune.computeIfAbsent(h.commune(), k -> new Counts());
        c.households++;
        c.persons += h.members().size();
        if ("poor".equals(h.recordedStatus())) c.listedPoor++;
        if ("near-poor".equals(h.recordedStatus())) c.listedNearPoor++;
    }

    public synchronized void clear() {
        byCommune.clear();
    }

    public synchronized Map<String, Counts> byCommune() {
        return Collections.unmodifiableMap(new TreeMap<>(byCommune));
    }
}
