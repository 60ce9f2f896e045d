package vn.gnbv.facts;

import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.math.BigDecimal;

/** Facts v1 (DESIGN.md): the fields each object may have, their types and ranges. */
final class FactsShapes {
    private FactsShapes() {}

    /** The 12 indicator keys of ND 07/2021 Art. 3(1)(b), in the decree's order. */
    static final String[] INDICATORS = {"employment", "dependants", "nutrition", "healthInsurance",
            "adultEducation", "schoolAttendance", "housingQuality", "housingArea", "water", "sanitation",
            "telecom", "informationAssets"};
    static final String[] STATUSES = {"poor", "near-poor", "middle", "none"};
    /** The support groups of `entitlements` (DESIGN.md); "other" for a card paid otherwise (employer, self). */
    static final String[] SUPPORT_GROUPS = {"poor", "ethnic-minority-difficult-area", "extremely-difficult-area",
            "island", "safe-zone", "near-poor", "student", "middle-farm", "provincial"};
    static final String[] CARD_GROUPS = {"poor", "ethnic-minority-difficult-area", "extremely-difficult-area",
            "island", "safe-zone", "near-poor", "student", "middle-farm", "provincial", "other"};

    static final Shape DISTRICT = new Shape("district")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .optional("mountainous", Type.BOOLEAN)
            .optional("poorDistrict", Type.BOOLEAN);

    static final Shape COMMUNE = new Shape("commune")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .required("district", Type.ID)
            .optional("urban", Type.BOOLEAN)
            .optional("extremelyDifficult", Type.BOOLEAN)
            .optional("island", Type.BOOLEAN)
            .optional("safeZone", Type.BOOLEAN)
            .optional("difficultArea", Type.BOOLEAN)
            .optional("poorCommune", Type.BOOLEAN);

    static final Shape DWELLING = new Shape("dwelling")
            .optional("exists", Type.BOOLEAN)
            .optional("durable", Type.BOOLEAN)
            .optional("floorArea", Type.decimal(BigDecimal.ZERO));

    static final Shape CARD = new Shape("card")
            .required("group", Type.oneOf(CARD_GROUPS))
            .required("supportPercent", Type.whole(0, 100))
            .optional("from", Type.DATE)
            .optional("to", Type.DATE);

    /** A card whose validity runs forwards: from on or before to. */
    static final Type CARD_WITH_DATES = new Type() {
        public Object convert(vn.gnbv.input.Node n, String field, vn.gnbv.input.Errors errors) {
            vn.gnbv.input.Bound c = CARD.bind(n, field, errors);
            if (c != null && c.has("from") && c.has("to") && c.date("from").isAfter(c.date("to"))) {
                errors.add(c.at("to"), "value.dates-out-of-order", "from", c.date("from"), "to", c.date("to"));
                return null;
            }
            return c;
        }

        public String expected() { return "type.object"; }
    };

    static final Shape MEMBER = new Shape("member")
            .required("id", Type.ID)
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
            .optional("card", CARD_WITH_DATES);

    static final Shape HOUSEHOLD = new Shape("household")
            .required("id", Type.ID)
            .required("commune", Type.ID)
            .optional("urban", Type.BOOLEAN)
            .optional("incomePerCapita", Type.whole(0, Long.MAX_VALUE))
            .optional("deprivations", Type.listOf(Type.oneOf(INDICATORS)))
            .optional("recordedStatus", Type.oneOf(STATUSES))
            .optional("agricultural", Type.BOOLEAN)
            .optional("exitedPovertyOn", Type.DATE)
            .optional("exitedNearPovertyOn", Type.DATE)
            .optional("dwelling", Type.object(DWELLING))
            .optional("cleanWater", Type.BOOLEAN)
            .optional("hygienicLatrine", Type.BOOLEAN)
            .optional("internet", Type.BOOLEAN)
            .optional("informationAssets", Type.listOf(Type.oneOf("tv", "radio", "computer", "smartphone")))
            .optional("members", Type.listOf(Type.object(MEMBER)));

    /** Projects and sub-projects of Decision 90/QĐ-TTg (18/01/2022), as codes. */
    static final String[] PROJECTS = {"1", "1.1", "1.2", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "4.3", "5", "6",
            "6.1", "6.2", "7", "7.1", "7.2"};
    private static final long MAX_VND = 1_000_000_000_000_000L; // 10^18 đồng: beyond any budget line

    static final Shape FUND = new Shape("fund")
            .required("id", Type.ID)
            .required("planYear", Type.whole(2000, 2100))
            .optional("originYear", Type.whole(2000, 2100))
            .optional("budget", Type.oneOf("central", "provincial", "district", "commune"))
            .required("kind", Type.oneOf("investment", "recurrent"))
            .optional("project", Type.oneOf(PROJECTS))
            .required("unit", Type.TEXT)
            .required("planned", Type.whole(0, MAX_VND))
            .optional("allocated", Type.whole(0, MAX_VND))
            .optional("disbursed", Type.whole(0, MAX_VND))
            .optional("disburseBy", Type.DATE)
            .optional("extensionBasis", Type.TEXT)
            .optional("allocateBy", Type.DATE)
            .optional("allocationBasis", Type.TEXT)
            .optional("note", Type.TEXT);

    static final Shape COUNTERPART = new Shape("counterpart")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .optional("required", Type.whole(0, MAX_VND))
            .required("allocated", Type.whole(0, MAX_VND))
            .optional("basis", Type.TEXT)
            .optional("note", Type.TEXT);

    static final Shape INSURANCE_FUNDING = new Shape("insuranceFunding")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .required("group", Type.oneOf(SUPPORT_GROUPS))
            .required("amount", Type.whole(0, MAX_VND))
            .optional("basis", Type.TEXT)
            .optional("note", Type.TEXT);

    /** A reported number: a YAML/JSON number, or the report's own notation ("1.271,096 tỷ đồng"). */
    static final Type REPORTED_NUMBER = new Type() {
        public Object convert(vn.gnbv.input.Node n, String field, vn.gnbv.input.Errors errors) {
            if (n instanceof vn.gnbv.input.Node.Scalar s) {
                if (s.value() instanceof Number num) {
                    java.math.BigDecimal d = new java.math.BigDecimal(num.toString());
                    return new vn.gnbv.report.ReportNumber(d, Math.max(0, d.scale()), null);
                }
                if (s.value() instanceof String t) {
                    var r = vn.gnbv.report.ReportNumber.parse(t);
                    if (r != null) return r;
                    errors.add(n.location(), "figure.unreadable", "field", field, "value", t);
                    return null;
                }
            }
            errors.add(n.location(), "value.wrong-type", "field", field, "expected", expected(), "found", n.typeName());
            return null;
        }

        public String expected() { return "type.reported-number"; }
    };

    static final Shape FIGURE = new Shape("figure")
            .required("id", Type.ID)
            .optional("label", Type.TEXT)
            .required("value", REPORTED_NUMBER)
            .optional("unit", Type.oneOf(vn.gnbv.report.Units.ALL.toArray(String[]::new)))
            .optional("precision", Type.whole(0, 12))
            .optional("sumOf", Type.listOf(Type.ID))
            .optional("differenceOf", Type.listOf(Type.ID))
            .optional("ratioOf", Type.listOf(Type.ID))
            .optional("sameAs", Type.ID)
            .optional("note", Type.TEXT);

    static final String[] AREA_KINDS = {"poor-districts", "mountain-districts", "lowland", "ethnic-minority"};

    static final Shape AREA_GROUP = new Shape("areaGroup")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .required("kind", Type.oneOf(AREA_KINDS))
            .optional("note", Type.TEXT);

    static final Shape POVERTY_RATE = new Shape("povertyRate")
            .required("unit", Type.TEXT)
            .required("year", Type.whole(2000, 2100))
            .required("rate", REPORTED_NUMBER)
            .optional("poorHouseholds", Type.whole(0, Long.MAX_VALUE))
            .optional("totalHouseholds", Type.whole(0, Long.MAX_VALUE))
            .optional("fellBack", Type.whole(0, Long.MAX_VALUE))
            .optional("newlyPoor", Type.whole(0, Long.MAX_VALUE))
            .optional("note", Type.TEXT);

    static final Shape STAFFING = new Shape("staffing")
            .required("unit", Type.TEXT)
            .required("povertyStaff", Type.whole(0, 1_000_000))
            .optional("note", Type.TEXT);

    /** Top-level sections of facts v1; those not yet checked by this version are refused by name. */
    static final java.util.List<String> TOP_LEVEL = java.util.List.of("asOf", "province", "districts",
            "communes", "households", "funds", "counterparts", "insuranceFunding", "figures", "areaGroups", "povertyRates",
            "staffing");
    static final java.util.List<String> NOT_YET_SUPPORTED = java.util.List.of();
}
