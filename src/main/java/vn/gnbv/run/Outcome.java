package vn.gnbv.run;

import vn.gnbv.engine.Checker;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.parameters.ParameterSet;

import java.util.List;

/**
 * What one scenario gave on one batch (or on the case-level facts): the session's result, and for
 * a relisting scenario the entitlements as if each household were listed at its computed status.
 */
public record Outcome(Scenario scenario, ParameterSet parameters, Checker.Result result, List<Entitlement> listed) {}
