package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;
import vn.gnbv.input.Type;

import java.util.List;

/** `communes`: communes (xã, phường, thị trấn) and the area flags that policies key on. */
final class CommunesSection implements Section<Commune> {
    private static final Shape SHAPE = new Shape("commune")
            .required("id", Type.ID)
            .optional("name", Type.TEXT)
            .optional("district", Type.ID) // none from 01/07/2025 (two-level local government); DQ-006 before
            .optional("urban", Type.BOOLEAN)
            .optional("extremelyDifficult", Type.BOOLEAN)
            .optional("island", Type.BOOLEAN)
            .optional("safeZone", Type.BOOLEAN)
            .optional("difficultArea", Type.BOOLEAN)
            .optional("poorCommune", Type.BOOLEAN)
            .optional("leftDifficultOn", Type.DATE)
            .optional("provincialEthnicSupport", Type.BOOLEAN);

    public String name() { return "communes"; }

    /** Communes go to the case-level rules (DQ-006: one without its district while districts exist). */
    public boolean intoRules() { return true; }

    public Shape shape() { return SHAPE; }

    public Commune bind(Bound b, Binding x) {
        if (b.has("district")) x.check(new PendingCheck.Reference("district", b.text("district"), b.at("district")));
        if (!b.valid()) return null;
        return new Commune(b.text("id"), b.text("name"), b.text("district"), b.bool("urban"), b.bool("extremelyDifficult"),
                b.bool("island"), b.bool("safeZone"), b.bool("difficultArea"), b.bool("poorCommune"),
                b.date("leftDifficultOn"), b.bool("provincialEthnicSupport"), b.location());
    }

    public List<Commune> finish(List<Commune> items, Case c, Errors errors) {
        Unique.check("commune", items, Commune::id, Commune::source, errors);
        return items;
    }
}
