package vn.gnbv.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.gnbv.input.Bound;
import vn.gnbv.insurance.InsuranceFunding;
import vn.gnbv.report.AreaGroup;
import vn.gnbv.report.Figure;
import vn.gnbv.report.Staffing;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.input.Node;
import vn.gnbv.input.Suggest;
import vn.gnbv.input.TreeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a case (facts v1): files or directories of .yaml/.yml/.json merged. Strict: every error of
 * every file is collected, and nothing is returned unless the whole case loaded.
 * List sections are streamed item by item, so a roster file is never held whole as a tree.
 */
public final class FactsLoader {
    private final Errors errors = new Errors();
    private final List<District> districts = new ArrayList<>();
    private final List<Commune> communes = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Fund> funds = new ArrayList<>();
    private final List<Counterpart> counterparts = new ArrayList<>();
    private final List<InsuranceFunding> insuranceFunding = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<AreaGroup> areaGroups = new ArrayList<>();
    private final List<Bound> povertyRates = new ArrayList<>();
    private final List<Staffing> staffing = new ArrayList<>();
    private LocalDate asOf;
    private Location asOfAt;
    private String province;
    private Location provinceAt;

    /** Loads PATHs; asOfOverride (may be null) replaces the facts' date. */
    public static Case load(List<Path> paths, LocalDate asOfOverride) throws InputException {
        return new FactsLoader().run(expand(paths), asOfOverride);
    }

    /** Loads facts given as text (fixtures): name is what messages call the source. */
    public static Case loadText(String name, String yamlOrJson, LocalDate asOfOverride) throws InputException {
        FactsLoader l = new FactsLoader();
        try (JsonParser p = TreeReader.open(yamlOrJson, name.endsWith(".json"))) {
            l.readFile(p, name);
        } catch (IOException | RuntimeException e) {
            l.errors.add(TreeReader.syntaxError(e, name));
        }
        return l.finish(asOfOverride);
    }

    /**
     * Loads facts already parsed into trees (fixtures: a shared base and a case's own facts), so
     * errors point at the fixture file's lines.
     */
    public static Case loadTrees(List<Node> roots, LocalDate asOfOverride) throws InputException {
        FactsLoader l = new FactsLoader();
        for (Node root : roots) {
            if (root == null) continue;
            if (!(root instanceof Node.Obj obj)) {
                l.errors.add(root.location(), "facts.not-a-mapping");
                continue;
            }
            for (Node.Field f : obj.fields().values()) l.section(f.name(), f.keyLocation(), f.value());
        }
        return l.finish(asOfOverride);
    }

    private void section(String name, Location keyAt, Node value) {
        java.util.function.Consumer<Node> each = switch (name) {
            case "districts" -> this::bindDistrict;
            case "communes" -> this::bindCommune;
            case "households" -> this::bindHousehold;
            case "funds" -> this::bindFund;
            case "counterparts" -> this::bindCounterpart;
            case "insuranceFunding" -> this::bindInsuranceFunding;
            case "figures" -> this::bindFigure;
            case "areaGroups" -> this::bindAreaGroup;
            case "povertyRates" -> this::bindPovertyRate;
            case "staffing" -> this::bindStaffing;
            default -> null;
        };
        if (name.equals("asOf")) readAsOf(value);
        else if (name.equals("province")) readProvince(value);
        else if (each == null) unknownSection(name, keyAt);
        else if (value instanceof Node.Arr a) a.items().forEach(each);
        else if (!(value instanceof Node.Scalar s && s.value() == null)) {
            errors.add(value.location(), "value.wrong-type", "field", name, "expected", "type.list", "found", value.typeName());
        }
    }

    private void unknownSection(String section, Location keyAt) {
        if (FactsShapes.NOT_YET_SUPPORTED.contains(section)) {
            errors.add(keyAt, "facts.section-not-supported", "field", section);
        } else {
            errors.add(keyAt, "field.unknown", "field", section, "object", "facts",
                    "suggestion", Suggest.closest(section, FactsShapes.TOP_LEVEL),
                    "allowed", String.join(", ", FactsShapes.TOP_LEVEL));
        }
    }

    /** The case's files in a stable order: directories walked, only YAML/JSON kept. */
    public static List<Path> expand(List<Path> paths) throws InputException {
        Errors errors = new Errors();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(TreeReader::isInputFile)
                            .filter(f -> !f.getFileName().toString().startsWith("expected."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    errors.add(Location.ofFile(p.toString()), "file.unreadable", "detail", e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                errors.add(Location.ofFile(p.toString()), "file.not-found");
            }
        }
        if (errors.isEmpty() && files.isEmpty() && !paths.isEmpty()) {
            errors.add(Location.ofFile(paths.get(0).toString()), "file.no-facts");
        }
        errors.throwIfAny(InputKind.FACTS);
        return files;
    }

    private Case run(List<Path> files, LocalDate asOfOverride) throws InputException {
        for (Path f : files) {
            String name = f.toString();
            try (JsonParser p = TreeReader.open(f)) {
                readFile(p, name);
            } catch (IOException | RuntimeException e) {
                errors.add(TreeReader.syntaxError(e, name));
            }
        }
        return finish(asOfOverride);
    }

    private Case finish(LocalDate asOfOverride) throws InputException {
        LocalDate date = asOfOverride != null ? asOfOverride : asOf;
        if (date == null) errors.add(Location.ofFile("asOf"), "facts.no-as-of");
        Case c = new Case(date, province, districts, communes, households, funds, counterparts, insuranceFunding,
                figures, areaGroups, List.of(), staffing);
        if (date != null) FactsValidator.validate(c, pending, errors);
        c = new Case(c.asOf(), c.province(), districts, communes, households, funds, counterparts, insuranceFunding,
                figures, areaGroups, ReportLoading.povertyRates(povertyRates, c, errors), staffing);
        ReportLoading.checkFigures(figures, invalidFigures, errors);
        errors.throwIfAny(InputKind.FACTS);
        return c;
    }

    private void readFile(JsonParser p, String file) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return; // an empty file adds nothing
        if (t != JsonToken.START_OBJECT) {
            errors.add(TreeReader.at(p.currentTokenLocation(), file), "facts.not-a-mapping");
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String section = p.currentName();
            Location keyAt = TreeReader.at(p.currentTokenLocation(), file);
            p.nextToken();
            switch (section) {
                case "asOf" -> readAsOf(TreeReader.read(p, file));
                case "province" -> readProvince(TreeReader.read(p, file));
                case "districts" -> readList(p, file, section, n -> bindDistrict(n));
                case "communes" -> readList(p, file, section, n -> bindCommune(n));
                case "households" -> readList(p, file, section, n -> bindHousehold(n));
                case "funds" -> readList(p, file, section, this::bindFund);
                case "counterparts" -> readList(p, file, section, this::bindCounterpart);
                case "insuranceFunding" -> readList(p, file, section, this::bindInsuranceFunding);
                case "figures" -> readList(p, file, section, this::bindFigure);
                case "areaGroups" -> readList(p, file, section, this::bindAreaGroup);
                case "povertyRates" -> readList(p, file, section, this::bindPovertyRate);
                case "staffing" -> readList(p, file, section, this::bindStaffing);
                default -> {
                    TreeReader.read(p, file); // read past it; the section is reported, not skipped silently
                    unknownSection(section, keyAt);
                }
            }
        }
    }

    private void readList(JsonParser p, String file, String section, java.util.function.Consumer<Node> each)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            Node n = TreeReader.read(p, file);
            if (!(n instanceof Node.Scalar s && s.value() == null)) {
                errors.add(n.location(), "value.wrong-type", "field", section, "expected", "type.list",
                        "found", n.typeName());
            }
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) each.accept(TreeReader.read(p, file));
    }

    private void readAsOf(Node n) {
        Object v = vn.gnbv.input.Type.DATE.convert(n, "asOf", errors);
        if (v == null) return;
        if (asOf != null && !asOf.equals(v)) {
            errors.add(n.location(), "facts.as-of-conflict", "value", v, "other", asOf, "otherAt", asOfAt);
            return;
        }
        asOf = (LocalDate) v;
        asOfAt = n.location();
    }

    private void readProvince(Node n) {
        Object v = vn.gnbv.input.Type.TEXT.convert(n, "province", errors);
        if (v == null) return;
        if (province != null && !province.equals(v)) {
            errors.add(n.location(), "facts.province-conflict", "value", v, "other", province, "otherAt", provinceAt);
            return;
        }
        province = (String) v;
        provinceAt = n.location();
    }

    private void bindDistrict(Node n) {
        Bound b = FactsShapes.DISTRICT.bind(n, "districts[]", errors);
        if (b == null) return;
        districts.add(new District(b.text("id"), b.text("name"), b.bool("mountainous"), b.bool("poorDistrict"),
                b.location()));
    }

    private void bindCommune(Node n) {
        Bound b = FactsShapes.COMMUNE.bindAll(n, "communes[]", errors);
        if (b == null) return;
        if (b.has("district")) pending.add(new PendingCheck.Reference("district", b.text("district"), b.at("district")));
        if (!b.valid()) return;
        communes.add(new Commune(b.text("id"), b.text("name"), b.text("district"), b.bool("urban"),
                b.bool("extremelyDifficult"), b.bool("island"), b.bool("safeZone"), b.bool("difficultArea"),
                b.bool("poorCommune"), b.location()));
    }

    private void bindFund(Node n) {
        Bound b = FactsShapes.FUND.bindAll(n, "funds[]", errors);
        if (b == null) return;
        if (b.has("unit")) pending.add(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return;
        int plan = b.whole("planYear").intValue();
        int origin = b.has("originYear") ? b.whole("originYear").intValue() : plan;
        long planned = b.whole("planned");
        long allocated = b.has("allocated") ? b.whole("allocated") : 0L;
        long disbursed = b.has("disbursed") ? b.whole("disbursed") : 0L;
        boolean ok = true;
        if (origin > plan) {
            errors.add(b.at("originYear"), "fund.origin-after-plan", "origin", origin, "plan", plan);
            ok = false;
        }
        if (allocated > planned) {
            errors.add(b.at("allocated"), "fund.allocated-above-planned", "allocated", allocated, "planned", planned);
            ok = false;
        }
        if (disbursed > allocated) {
            errors.add(b.at("disbursed"), "fund.disbursed-above-allocated", "disbursed", disbursed, "allocated", allocated);
            ok = false;
        }
        if (b.has("disburseBy") && !b.has("extensionBasis")) {
            errors.add(b.at("disburseBy"), "field.missing", "field", "extensionBasis", "object", "fund",
                    "expected", "type.text");
            ok = false;
        }
        if (!ok) return;
        funds.add(new Fund(b.text("id"), plan, origin, b.text("budget"), b.text("kind"), b.text("project"),
                b.text("unit"), planned, allocated, disbursed, b.date("disburseBy"), b.text("extensionBasis"),
                b.date("allocateBy"), b.text("allocationBasis"), b.location()));
    }

    private void bindCounterpart(Node n) {
        Bound b = FactsShapes.COUNTERPART.bindAll(n, "counterparts[]", errors);
        if (b == null) return;
        if (b.has("unit")) pending.add(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return;
        counterparts.add(new Counterpart(b.text("unit"), b.whole("year").intValue(), b.whole("required"),
                b.whole("allocated"), b.text("basis"), b.location()));
    }

    private void bindInsuranceFunding(Node n) {
        Bound b = FactsShapes.INSURANCE_FUNDING.bindAll(n, "insuranceFunding[]", errors);
        if (b == null) return;
        if (b.has("unit")) pending.add(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (!b.valid()) return;
        insuranceFunding.add(new InsuranceFunding(b.text("unit"), b.whole("year").intValue(), b.text("group"),
                b.whole("amount"), b.text("basis"), b.location()));
    }

    private void bindFigure(Node n) {
        Bound b = FactsShapes.FIGURE.bindAll(n, "figures[]", errors);
        if (b == null) return;
        Figure f = b.valid() ? ReportLoading.figure(b, errors) : null;
        if (f != null) figures.add(f);
        else if (b.has("id")) invalidFigures.add(b.text("id")); // reported already; not "missing" for others
    }

    private final java.util.Set<String> invalidFigures = new java.util.HashSet<>();

    private void bindAreaGroup(Node n) {
        Bound b = FactsShapes.AREA_GROUP.bind(n, "areaGroups[]", errors);
        if (b != null) areaGroups.add(new AreaGroup(b.text("id"), b.text("name"), b.text("kind"), b.location()));
    }

    private void bindPovertyRate(Node n) {
        Bound b = FactsShapes.POVERTY_RATE.bind(n, "povertyRates[]", errors);
        if (b != null) povertyRates.add(b);
    }

    private void bindStaffing(Node n) {
        Bound b = FactsShapes.STAFFING.bindAll(n, "staffing[]", errors);
        if (b == null) return;
        if (b.has("unit")) pending.add(new PendingCheck.Unit(b.text("unit"), b.at("unit")));
        if (b.valid()) staffing.add(new Staffing(b.text("unit"), b.whole("povertyStaff"), b.location()));
    }

    /** Checks that need the whole case (references, dates against asOf), with exact locations. */
    private final List<PendingCheck> pending = new ArrayList<>();

    private void bindHousehold(Node n) {
        Bound b = FactsShapes.HOUSEHOLD.bindAll(n, "households[]", errors);
        if (b == null) return;
        if (!b.valid()) {
            if (b.has("commune")) pending.add(new PendingCheck.Reference("commune", b.text("commune"), b.at("commune")));
            return;
        }
        List<Member> members = new ArrayList<>();
        List<Bound> bm = b.has("members") ? b.list("members") : List.of();
        for (Bound m : bm) members.add(member(m));
        Bound d = b.object("dwelling");
        Dwelling dwelling = d == null ? null : new Dwelling(d.bool("exists"), d.bool("durable"), d.decimal("floorArea"));
        households.add(new Household(b.text("id"), b.text("commune"), b.bool("urban"), b.whole("incomePerCapita"),
                b.list("deprivations"), b.text("recordedStatus"), b.bool("agricultural"), b.date("exitedPovertyOn"),
                b.date("exitedNearPovertyOn"), dwelling, b.bool("cleanWater"), b.bool("hygienicLatrine"),
                b.bool("internet"), b.list("informationAssets"), List.copyOf(members), b.location()));
        pending.add(new PendingCheck.Reference("commune", b.text("commune"), b.at("commune")));
        for (String f : List.of("exitedPovertyOn", "exitedNearPovertyOn")) {
            if (b.has(f)) pending.add(new PendingCheck.NotAfterAsOf(f, b.date(f), b.at(f)));
        }
        for (Bound m : bm) {
            if (m.has("birthDate")) pending.add(new PendingCheck.NotAfterAsOf("birthDate", m.date("birthDate"), m.at("birthDate")));
        }
    }

    private static Member member(Bound m) {
        Bound c = m.object("card");
        Card card = c == null ? null : new Card(c.text("group"), c.whole("supportPercent"), c.date("from"), c.date("to"));
        return new Member(m.text("id"), m.date("birthDate"), m.text("sex"), m.bool("ethnicMinority"), m.text("work"),
                m.text("education"), m.bool("inTraining"), m.bool("attendingSchool"), m.bool("malnourished"),
                m.bool("severeDisability"), m.bool("student"), m.bool("insured"), card, m.location());
    }
}
