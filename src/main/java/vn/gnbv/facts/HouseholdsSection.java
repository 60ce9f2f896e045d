package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * `households`: the commune's list, with members, dwelling and services. Streamed: each household
 * is checked against the places and date read before it, and goes to the rules in a batch.
 */
final class HouseholdsSection implements Section<Household> {
    static final Shape DWELLING = new Shape("dwelling")
            .optional("exists", Type.BOOLEAN)
            .optional("durable", Type.BOOLEAN)
            .optional("floorArea", Type.decimal(BigDecimal.ZERO));

    static final Shape CARD = new Shape("card")
            .required("group", Type.oneOf(Words.array(Words.CARD_GROUPS)))
            .required("supportPercent", Type.whole(0, 100))
            .optional("from", Type.DATE)
            .optional("to", Type.DATE);

    /** A card whose validity runs forwards: from on or before to. */
    static final Type CARD_WITH_DATES = new Type() {
        public Object read(vn.gnbv.input.Tokens t, String field, Errors errors) throws java.io.IOException {
            Bound c = CARD.read(t, field, errors);
            if (c == null || !c.valid()) return null;
            if (c.has("from") && c.has("to") && c.date("from").isAfter(c.date("to"))) {
                errors.add(c.at("to"), "value.dates-out-of-order", "from", c.date("from"), "to", c.date("to"));
                return null;
            }
            return c;
        }

        public String expected() { return "type.object"; }
    };

    static final Shape MEMBER = new Shape("member")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .optional("birthDate", Type.DATE)
            .optional("sex", Type.oneOf("male", "female"))
            .optional("ethnicMinority", Type.BOOLEAN)
            .optional("work", Type.oneOf("employed-contract", "employed-no-contract", "self-employed",
                    "unemployed", "not-working"))
            .optional("education", Type.oneOf("none", "primary", "lower-secondary", "upper-secondary",
                    "vocational", "higher"))
            .optional("inTraining", Type.BOOLEAN)
            .optional("attendingSchool", Type.BOOLEAN)
            .optional("malnourished", Type.BOOLEAN)
            .optional("severeDisability", Type.BOOLEAN)
            .optional("student", Type.BOOLEAN)
            .optional("insured", Type.BOOLEAN)
            .optional("card", CARD_WITH_DATES)
            .optional("traffickingVictimOn", Type.DATE);

    static final Shape SHAPE = new Shape("household")
            .required("id", Type.ID)
            .optional("commune", Type.ID)
            .optional("communeName", Type.TEXT)
            .optional("districtName", Type.TEXT)
            .optional("head", Type.TEXT)
            .optional("urban", Type.BOOLEAN)
            .optional("incomePerCapita", Type.whole(0, Words.MAX_VND))
            .optional("deprivations", Type.listOf(Type.oneOf(Words.array(Words.RECORDED_INDICATORS))))
            .optional("recordedStatus", Type.oneOf(Words.array(Words.STATUSES)))
            .optional("agricultural", Type.BOOLEAN)
            .optional("exitedPovertyOn", Type.DATE)
            .optional("exitedNearPovertyOn", Type.DATE)
            .optional("dwelling", Type.object(DWELLING))
            .optional("cleanWater", Type.BOOLEAN)
            .optional("hygienicLatrine", Type.BOOLEAN)
            .optional("internet", Type.BOOLEAN)
            .optional("informationAssets", Type.listOf(Type.oneOf("tv", "radio", "computer", "smartphone")))
            .optional("members", Type.listOf(Type.object(MEMBER)));

    public String name() { return "households"; }

    public Shape shape() { return SHAPE; }

    public boolean householdLevel() { return true; }

    public Household bind(Bound b, Binding x) {
        String commune = commune(b, x);
        for (String f : List.of("exitedPovertyOn", "exitedNearPovertyOn")) {
            if (b.has(f)) x.check(new PendingCheck.NotAfterAsOf(f, b.date(f), b.at(f)));
        }
        List<Bound> bm = b.has("members") ? b.list("members") : List.of();
        for (Bound m : bm) {
            if (m.has("birthDate")) x.check(new PendingCheck.NotAfterAsOf("birthDate", m.date("birthDate"), m.at("birthDate")));
            if (m.has("traffickingVictimOn")) {
                x.check(new PendingCheck.NotAfterAsOf("traffickingVictimOn", m.date("traffickingVictimOn"), m.at("traffickingVictimOn")));
            }
        }
        if (!b.valid() || commune == null) return null;
        List<Member> members = new ArrayList<>(bm.size());
        for (Bound m : bm) members.add(member(m));
        Bound d = b.object("dwelling");
        Dwelling dwelling = d == null ? null : new Dwelling(d.bool("exists"), d.bool("durable"), d.decimal("floorArea"));
        return new Household(b.text("id"), commune, b.text("head"), b.bool("urban"), b.whole("incomePerCapita"),
                b.list("deprivations"), b.text("recordedStatus"), b.bool("agricultural"), b.date("exitedPovertyOn"),
                b.date("exitedNearPovertyOn"), dwelling, b.bool("cleanWater"), b.bool("hygienicLatrine"),
                b.bool("internet"), b.list("informationAssets"), List.copyOf(members), b.location());
    }

    /**
     * The household's commune: its code, or the commune its name (and its district's name) designates
     * in the case, as survey exports write them; a name given beside the code must be the case's.
     * Null, with an error, when neither is given or the name designates no commune or several.
     */
    private static String commune(Bound b, Binding x) {
        String id = b.text("commune"), name = b.text("communeName"), district = b.text("districtName");
        if (id != null) {
            x.check(new PendingCheck.Reference("commune", id, b.at("commune")));
            if (name != null) x.check(new PendingCheck.SameName("commune", id, name, b.at("communeName")));
            if (district != null) x.check(new PendingCheck.SameName("district", id, district, b.at("districtName")));
            return id;
        }
        if (name != null && x.context() != null) return PlaceNames.commune(name, district, b.at("communeName"), x.context(), x.errors());
        if (name == null) x.errors().add(b.at("commune"), "household.no-commune", "id", b.text("id"));
        return null;
    }

    private static Member member(Bound m) {
        Bound c = m.object("card");
        Card card = c == null ? null : new Card(c.text("group"), c.whole("supportPercent"), c.date("from"), c.date("to"));
        return new Member(m.text("id"), m.text("name"), m.date("birthDate"), m.text("sex"), m.bool("ethnicMinority"),
                m.text("work"), m.text("education"), m.bool("inTraining"), m.bool("attendingSchool"), m.bool("malnourished"),
                m.bool("severeDisability"), m.bool("student"), m.bool("insured"), card, m.date("traffickingVictimOn"), m.location());
    }
}
