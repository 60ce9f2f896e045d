package vn.gnbv.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.gnbv.facts.Card;
import vn.gnbv.facts.Commune;
import vn.gnbv.facts.District;
import vn.gnbv.facts.Dwelling;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Member;
import vn.gnbv.input.Location;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic province roster shaped like a commune's survey: districts and
 * communes with their area flags, households of 2–6 members (most 3–5) with dwelling, services and
 * health-insurance cards. What is "right" is not decided here: the {@link Oracle} (the rules
 * themselves) gives each household's status and each person's support, and the roster records them
 * correctly except for a few percent of households and cards, which are wrong on purpose.
 * As JSON (facts v1): one household per line, one member per line, so a finding's source line means
 * something. As a workbook or CSV file ({@link SheetRoster}): one row per member, the places beside
 * it in a case file. Deterministic for a seed and a rule set, the same roster in every format.
 */
public final class RosterGenerator {
    /** What the rules say of a batch of households: status by household, support by person. */
    public interface Oracle {
        /** Each household's status and deprived indicators, from its raw data. */
        Verdict classify(Places places, List<Household> batch) throws Exception;

        /** Each person's support group and level, from the households as listed. */
        Verdict support(Places places, List<Household> batch) throws Exception;
    }

    /** The case's date, province and places, as the roster states them. */
    public record Places(LocalDate asOf, String province, List<District> districts, List<Commune> communes) {}

    /**
     * Computed status by household id (poor | near-poor | middle | none | undetermined) and the
     * indicators its raw data show deprived; support group and percent by person.
     */
    public record Verdict(Map<String, String> status, Map<String, List<String>> deprived, Map<String, String> group,
                          Map<String, Long> percent) {}

    private static final String[] WORK_ADULT = {"self-employed", "self-employed", "employed-contract", "self-employed"};
    private static final String[] ASSETS = {"tv", "radio", "computer", "smartphone"};
    private static final int BATCH = 1000;

    private final SplittableRandom rnd;
    private final LocalDate asOf;
    private final int communes, districts;

    private RosterGenerator(long seed, LocalDate asOf, int households) {
        this.rnd = new SplittableRandom(seed);
        this.asOf = asOf;
        this.communes = Math.max(1, households / 400);
        this.districts = Math.max(1, (communes + 11) / 12);
    }

    /** Where a roster goes, household by household: a JSON facts file, or a table and its case file. */
    interface Out extends AutoCloseable {
        void household(Household h) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** The formats: json (facts v1), xlsx and csv (one row per member, places in {@link SheetRoster#caseFile}). */
    public static final List<String> FORMATS = List.of("json", "xlsx", "csv");

    public static void write(Path file, int households, long seed, LocalDate asOf, Oracle oracle) throws Exception {
        write(file, "json", households, seed, asOf, oracle);
    }

    public static void write(Path file, String format, int households, long seed, LocalDate asOf, Oracle oracle) throws Exception {
        new RosterGenerator(seed, asOf, households).run(file, format, households, oracle);
    }

    private void run(Path file, String format, int households, Oracle oracle) throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Places places = places();
        try (Out out = format.equals("json") ? json(file, places) : SheetRoster.open(file, format, places)) {
            for (int start = 0; start < households; start += BATCH) {
                List<Household> batch = new ArrayList<>();
                for (int h = start; h < Math.min(households, start + BATCH); h++) batch.add(household(h));
                Verdict v = oracle.classify(places, batch);
                List<Household> listed = new ArrayList<>();
                for (Household h : batch) listed.add(listed(h, v));
                Verdict support = oracle.support(places, listed);
                for (Household h : listed) out.household(carded(h, support));
            }
        }
    }

    private Out json(Path file, Places places) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        g.setPrettyPrinter(new LinePrinter());
        g.writeStartObject();
        g.writeStringField("asOf", asOf.toString());
        g.writeStringField("province", places.province());
        writePlaces(g, places);
        g.writeArrayFieldStart("households");
        return new Out() {
            public void household(Household h) throws IOException {
                writeHousehold(g, h);
            }

            public void close() throws IOException {
                g.writeEndArray();
                g.writeEndObject();
                g.close();
            }
        };
    }

    private boolean poorDistrict(int d) {
        return d % 3 == 0;
    }

    private Places places() {
        List<District> ds = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            ds.add(new District("d" + d, "Huyện " + (d + 1), d % 2 == 0, poorDistrict(d), Location.ofFile("")));
        }
        List<Commune> cs = new ArrayList<>();
        for (int c = 0; c < communes; c++) {
            int d = c % districts;
            boolean mountain = d % 2 == 0;
            cs.add(new Commune("c" + c, "Xã " + (c + 1), "d" + d, c % 9 == 0, mountain && c % 4 == 1, false,
                    c % 40 == 7, mountain, null, null, null, Location.ofFile("")));
        }
        return new Places(asOf, "quang-nam", ds, cs);
    }

    static void writePlaces(JsonGenerator g, Places p) throws IOException {
        g.writeArrayFieldStart("districts");
        for (District d : p.districts()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("name", d.name());
            g.writeBooleanField("mountainous", d.mountainous());
            g.writeBooleanField("poorDistrict", d.poorDistrict());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("communes");
        for (Commune c : p.communes()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("district", c.district());
            g.writeBooleanField("urban", c.urban());
            g.writeBooleanField("extremelyDifficult", c.extremelyDifficult());
            g.writeBooleanField("island", c.island());
            g.writeBooleanField("safeZone", c.safeZone());
            g.writeBooleanField("difficultArea", c.difficultArea());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A household with raw data only; status and cards come after the oracle's verdict. */
    private Household household(int h) {
        int c = rnd.nextInt(communes);
        boolean mountain = (c % districts) % 2 == 0;
        boolean urban = c % 9 == 0;
        // income relative to a rural line of about 1.5M: ~12% low, ~15% middle, the rest above
        int bracket = rnd.nextInt(100);
        long income = bracket < 12 ? 600_000 + 10_000L * rnd.nextInt(85)
                : bracket < 27 ? 1_550_000 + 10_000L * rnd.nextInt(60)
                : 2_400_000 + 50_000L * rnd.nextInt(80);
        if (urban) income += income / 3;
        double depr = bracket < 12 ? 0.35 : bracket < 27 ? 0.15 : 0.05; // chance of each deprivation
        boolean ethnic = mountain && rnd.nextInt(10) < 7;
        String id = "H" + h;
        List<Member> members = members(id, depr, ethnic);
        int n = members.size();
        int floor = chance(depr) ? 5 * n : 12 * n + rnd.nextInt(40);
        List<String> assets = new ArrayList<>();
        if (!chance(depr)) for (String a : ASSETS) if (rnd.nextInt(3) > 0) assets.add(a);
        if (assets.isEmpty() && !chance(depr)) assets.add("smartphone");
        return new Household(id, "c" + c, null, null, income, null, null, rnd.nextInt(10) < 7, null, null,
                new Dwelling(true, !chance(depr), BigDecimal.valueOf(floor)), !chance(depr), !chance(depr),
                !chance(depr), assets, members, Location.ofFile(""));
    }

    private List<Member> members(String household, double depr, boolean ethnic) {
        List<Member> out = new ArrayList<>();
        int adults = 1 + rnd.nextInt(2), children = rnd.nextInt(4), elderly = rnd.nextInt(5) == 0 ? 1 : 0;
        if (adults + children + elderly < 2) children++;
        boolean noContract = chance(depr), lowEducation = chance(depr), outOfSchool = chance(depr),
                malnourished = chance(depr / 2), uninsured = chance(depr / 4);
        int k = 0;
        for (int i = 0; i < adults; i++) {
            boolean young = lowEducation && i == 0;
            int age = young ? 20 + rnd.nextInt(8) : 32 + rnd.nextInt(22);
            String work = noContract && i == 0 ? (rnd.nextBoolean() ? "unemployed" : "employed-no-contract")
                    : WORK_ADULT[rnd.nextInt(WORK_ADULT.length)];
            out.add(member(household, k++, age, i % 2 == 0 ? "male" : "female", ethnic, work,
                    young ? "primary" : rnd.nextBoolean() ? "upper-secondary" : "lower-secondary", false, null, false,
                    uninsured && i == 0));
        }
        for (int i = 0; i < children; i++) {
            out.add(member(household, k++, 6 + rnd.nextInt(8), rnd.nextBoolean() ? "male" : "female", ethnic,
                    "not-working", "primary", !(outOfSchool && i == 0), malnourished && i == 0, false, false));
        }
        for (int i = 0; i < elderly; i++) {
            out.add(member(household, k++, 68 + rnd.nextInt(15), rnd.nextBoolean() ? "male" : "female", ethnic,
                    "not-working", "primary", false, null, rnd.nextInt(8) == 0, false));
        }
        return out;
    }

    private Member member(String household, int k, int age, String sex, boolean ethnic, String work, String education,
                          boolean school, Boolean malnourished, boolean disabled, boolean uninsured) {
        LocalDate birth = asOf.minusYears(age).minusDays(1 + rnd.nextInt(360));
        boolean child = work.equals("not-working") && age < 15;
        // insured: false marks a member without insurance; the card is decided after the verdict
        return new Member(household + "-" + k, null, birth, sex, ethnic, work, education, false, child ? school : null,
                child ? malnourished : null, disabled, child && school, uninsured ? Boolean.FALSE : null, null,
                null, Location.ofFile(""));
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    /** The household as the commune lists it: the status the rules give, 3% wrongly; 60% with the survey's list. */
    private Household listed(Household h, Verdict v) {
        String computed = v.status().getOrDefault(h.id(), "undetermined");
        String recorded = computed.equals("undetermined") ? "none" : computed;
        if (rnd.nextInt(100) < 3) recorded = neighbour(recorded);
        List<String> list = rnd.nextInt(10) < 6 ? listedDeprivations(v.deprived().getOrDefault(h.id(), List.of())) : null;
        return new Household(h.id(), h.commune(), null, h.urban(), h.incomePerCapita(), list, recorded, h.agricultural(),
                null, null, h.dwelling(), h.cleanWater(), h.hygienicLatrine(), h.internet(), h.informationAssets(),
                h.members(), h.source());
    }

    private static void writeHousehold(JsonGenerator g, Household h) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", h.id());
        g.writeStringField("commune", h.commune());
        g.writeNumberField("incomePerCapita", h.incomePerCapita());
        g.writeStringField("recordedStatus", h.recordedStatus());
        g.writeBooleanField("agricultural", h.agricultural());
        if (h.deprivations() != null) {
            g.writeArrayFieldStart("deprivations");
            for (String k : h.deprivations()) g.writeString(k);
            g.writeEndArray();
        }
        g.writeObjectFieldStart("dwelling");
        g.writeBooleanField("durable", h.dwelling().durable());
        g.writeNumberField("floorArea", h.dwelling().floorArea());
        g.writeEndObject();
        g.writeBooleanField("cleanWater", h.cleanWater());
        g.writeBooleanField("hygienicLatrine", h.hygienicLatrine());
        g.writeBooleanField("internet", h.internet());
        g.writeArrayFieldStart("informationAssets");
        for (String a : h.informationAssets()) g.writeString(a);
        g.writeEndArray();
        g.writeArrayFieldStart("members");
        for (Member m : h.members()) writeMember(g, m);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The survey's list as the raw data show it, one list in fifty with an indicator recorded the other way. */
    private List<String> listedDeprivations(List<String> deprived) {
        List<String> out = new ArrayList<>(deprived);
        // in the decree's order: the rules report them in no fixed order, and the one dropped must not vary
        out.sort(java.util.Comparator.comparingInt(vn.gnbv.facts.Words.INDICATORS::indexOf));
        if (rnd.nextInt(50) == 0) {
            if (out.isEmpty()) out.add("water");
            else out.remove(0);
        }
        return out;
    }

    /** The household with each member's card as the commune issued it (none for a member without insurance). */
    private Household carded(Household h, Verdict v) {
        List<Member> ms = new ArrayList<>();
        for (Member m : h.members()) {
            Card card = Boolean.FALSE.equals(m.insured()) ? null
                    : card(v.group().getOrDefault(m.id(), "none"), v.percent().getOrDefault(m.id(), 0L));
            ms.add(new Member(m.id(), m.name(), m.birthDate(), m.sex(), m.ethnicMinority(), m.work(), m.education(),
                    m.inTraining(), m.attendingSchool(), m.malnourished(), m.severeDisability(), m.student(), m.insured(),
                    card, m.traffickingVictimOn(), m.source()));
        }
        return new Household(h.id(), h.commune(), h.head(), h.urban(), h.incomePerCapita(), h.deprivations(),
                h.recordedStatus(), h.agricultural(), h.exitedPovertyOn(), h.exitedNearPovertyOn(), h.dwelling(),
                h.cleanWater(), h.hygienicLatrine(), h.internet(), h.informationAssets(), List.copyOf(ms), h.source());
    }

    private static void writeMember(JsonGenerator g, Member m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("birthDate", m.birthDate().toString());
        g.writeStringField("sex", m.sex());
        g.writeBooleanField("ethnicMinority", m.ethnicMinority());
        g.writeStringField("work", m.work());
        g.writeStringField("education", m.education());
        g.writeBooleanField("inTraining", m.inTraining());
        if (m.attendingSchool() != null) g.writeBooleanField("attendingSchool", m.attendingSchool());
        if (m.malnourished() != null) g.writeBooleanField("malnourished", m.malnourished());
        g.writeBooleanField("severeDisability", m.severeDisability());
        if (Boolean.TRUE.equals(m.student())) g.writeBooleanField("student", true);
        if (Boolean.FALSE.equals(m.insured())) {
            g.writeBooleanField("insured", false);
        } else {
            Card card = m.card();
            g.writeObjectFieldStart("card");
            g.writeStringField("group", card.group());
            g.writeNumberField("supportPercent", card.supportPercent());
            g.writeStringField("from", card.from().toString());
            g.writeStringField("to", card.to().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The card of the person's support group, valid for the year; a few expired or at the wrong level. */
    private Card card(String group, long percent) {
        LocalDate from = LocalDate.of(asOf.getYear(), 1, 1), to = LocalDate.of(asOf.getYear(), 12, 31);
        int r = rnd.nextInt(100);
        if (r < 1) return new Card(group.equals("none") ? "other" : group, group.equals("none") ? 0L : percent,
                from.minusYears(1), to.minusYears(1));
        if (r < 2 && percent > 0) return new Card(group, percent >= 100 ? 70L : 100L, from, to);
        return group.equals("none") ? new Card("other", 0L, from, to) : new Card(group, percent, from, to);
    }

    private static String neighbour(String status) {
        return switch (status) {
            case "poor" -> "near-poor";
            case "near-poor" -> "poor";
            case "middle" -> "none";
            default -> "middle";
        };
    }
}
