package vn.gnbv.parameters;

/**
 * A parameter a draft (--params) gives another value on the case date than the rules' own files:
 * its name, the value in force (null when the draft adds the parameter) and the draft's (null when
 * the draft ends it).
 */
public record ParameterChange(String name, Object baseline, Object draft) {
}
