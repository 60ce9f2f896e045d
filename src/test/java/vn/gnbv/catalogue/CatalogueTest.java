package vn.gnbv.catalogue;

import org.junit.jupiter.api.Test;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.output.CatalogueWriter;
import vn.gnbv.output.Messages;
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
        RuleBase rules = RuleBase.compile(Path.of("rules"));
        var entries = Catalogue.of(rules, ParameterCatalogue.load(Path.of("rules/parameters"), "quang-nam").series());
        var s = new java.io.ByteArrayOutputStream();
        CatalogueWriter.write("markdown", s, entries, Messages.load(Path.of("rules"), "vi"), false);
        assertThat(entries).hasSize(rules.rules().size());
        assertThat(Files.readString(Path.of("rules/CATALOGUE.md")))
                .as("rules/CATALOGUE.md is stale: run ./gnbv rules --province quang-nam --format markdown -o rules/CATALOGUE.md")
                .isEqualTo(s.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void unconfirmedValuesShowInTheCatalogue() throws Exception {
        var entries = Catalogue.of(RuleBase.compile(Path.of("rules")),
                ParameterCatalogue.load(Path.of("rules/parameters"), null).series());
        assertThat(entries).filteredOn(e -> e.id().equals("HH-115")).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo("unconfirmed"));
        assertThat(entries).filteredOn(e -> e.id().equals("HI-105")).singleElement()
                .satisfies(e -> assertThat(e.inForceFrom()).isEqualTo("2023-12-03"));
    }

    @Test
    void annexRulesSayUnconfirmedAndRulesForAnAbsentValueApplyAfterItEnds() throws Exception {
        var entries = Catalogue.of(RuleBase.compile(Path.of("rules")),
                ParameterCatalogue.load(Path.of("rules/parameters"), null).series());
        // the annex's indicators without a threshold (water, sanitation, ...) carry the rule's own @confidence
        for (String id : java.util.List.of("HH-123", "HH-127", "HH-129", "HH-131", "HH-133")) {
            assertThat(entries).filteredOn(e -> e.id().equals(id)).singleElement()
                    .satisfies(e -> assertThat(e.confidence()).as(id).isEqualTo("unconfirmed"));
        }
        // HH-143 counts recorded deprivations when no indicator list is in force: from 2027
        assertThat(entries).filteredOn(e -> e.id().equals("HH-143")).singleElement()
                .satisfies(e -> assertThat(e.inForceFrom()).isEqualTo("2027-01-01"));
        assertThat(entries).filteredOn(e -> e.id().equals("FD-105")).singleElement()
                .satisfies(e -> assertThat(e.inForceFrom()).isEqualTo("2025-12-11"));
        // a rule reading only confirmed parameters shows "confirmed"
        assertThat(entries).filteredOn(e -> e.id().equals("HI-101")).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo("confirmed"));
    }
}
