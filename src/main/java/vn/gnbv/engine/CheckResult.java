package vn.gnbv.engine;

import vn.gnbv.findings.Finding;
import vn.gnbv.household.HouseholdStatus;
import vn.gnbv.household.IndicatorState;
import vn.gnbv.insurance.Entitlement;

import java.util.List;

/** What one run computed: findings, derived results (classify, entitlements), and the rule IDs that fired. */
public record CheckResult(List<Finding> findings, List<HouseholdStatus> statuses, List<IndicatorState> indicators,
                          List<Entitlement> entitlements, java.util.Set<String> firedRules) {}
