package vn.gnbv.catalogue;

import java.util.List;

/**
 * One rule in the catalogue: its contract metadata, the parameters it reads, when the values it
 * reads are in force (from the latest first value, to the earliest end), and the lowest confidence
 * among them.
 */
public record CatalogueEntry(String id, String severity, String name, String legalBasis, String file,
                             List<String> parameters, String inForceFrom, String inForceTo, String confidence) {}
