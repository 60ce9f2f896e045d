package vn.gnbv.catalogue;

import org.junit.jupiter.api.Test;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.parameters.ParameterCatalogue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/CATALOGUE.md is current and complete. */
class CatalogueTest {
    @Test
    void catalogueIsCurrent() throws Exception {
        RuleSet rules = RuleSet.compile(Path.of("rules"));
        var entries = Catalogue.of(rules, ParameterCatalogue.load(Path.of("rules/parameters"), "quang-nam").series());
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            CatalogueWriter.markdown(out, entries);
        }
        assertThat(entries).hasSize(rules.rules().size());
        assertThat(Files.readString(Path.of("rules/CATALOGUE.md")))
                .as("rules/CATALOGUE.md is stale: run ./gnbv rules --province quang-nam --format markdown -o rules/CATALOGUE.md")
                .isEqualTo(s.toString());
    }

    @Test
    void unconfirmedValuesShowInTheCatalogue() throws Exception {
        var entries = Catalogue.of(RuleSet.compile(Path.of("rules")),
                ParameterCatalogue.load(Path.of("rules/parameters"), null).series());
        assertThat(entries).filteredOn(e -> e.id().equals("HH-115")).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo("unconfirmed"));
        assertThat(entries).filteredOn(e -> e.id().equals("HI-105")).singleElement()
                .satisfies(e -> assertThat(e.inForceFrom()).isEqualTo("2023-12-03"));
    }
}
