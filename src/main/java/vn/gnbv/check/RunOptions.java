package vn.gnbv.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What a run checks: facts paths, an optional date and draft parameters, and the rules folder. */
public record RunOptions(List<Path> facts, LocalDate asOf, Path draftParams, Path rules) {}
