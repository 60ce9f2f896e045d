package vn.gnbv.facts;

import java.util.List;

/**
 * Every list section of facts v1 with its additions, in the order they are finished (places first,
 * so the others can be checked against them). A new section is its own file plus one line here.
 */
public final class Sections {
    public static final Section<District> DISTRICTS = new DistrictsSection();
    public static final Section<Commune> COMMUNES = new CommunesSection();
    public static final Section<Household> HOUSEHOLDS = new HouseholdsSection();
    public static final Section<Fund> FUNDS = new FundsSection();
    public static final Section<Counterpart> COUNTERPARTS = new CounterpartsSection();
    public static final Section<InsuranceFunding> INSURANCE_FUNDING = new InsuranceFundingSection();
    public static final Section<AreaGroup> AREA_GROUPS = new AreaGroupsSection();
    public static final Section<Figure> FIGURES = new FiguresSection();
    public static final Section<PovertyRate> POVERTY_RATES = new PovertyRatesSection();
    public static final Section<Staffing> STAFFING = new StaffingSection();

    public static final List<Section<?>> ALL = List.of(DISTRICTS, COMMUNES, HOUSEHOLDS, FUNDS, COUNTERPARTS,
            INSURANCE_FUNDING, AREA_GROUPS, FIGURES, POVERTY_RATES, STAFFING);

    /** The scalar keys of a facts file besides the sections. */
    public static final List<String> SCALARS = List.of("asOf", "province");

    private Sections() {}

    public static Section<?> named(String name) {
        for (Section<?> s : ALL) if (s.name().equals(name)) return s;
        return null;
    }

    /** Every top-level key a facts file may have, for "did you mean". */
    public static List<String> keys() {
        List<String> out = new java.util.ArrayList<>(SCALARS);
        ALL.forEach(s -> out.add(s.name()));
        return out;
    }
}
