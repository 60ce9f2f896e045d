package vn.gnbv.findings;

import vn.gnbv.input.Location;

import java.util.List;
import java.util.Map;

/**
 * One finding (DESIGN.md "Findings" contract, with `name`: the household head's or the person's
 * name where the facts give it). The message is rendered from the catalogue at output time, in the
 * language asked for, from {@code rule} and {@code values}.
 */
public record Finding(String rule, String severity, String subject, String name, String unit, String district,
                      String legalBasis, Map<String, Object> values, List<UsedParameter> parameters,
                      Long amount, Location source) {}
