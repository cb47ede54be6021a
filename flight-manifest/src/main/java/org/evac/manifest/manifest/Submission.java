package org.evac.manifest.manifest;

import java.util.List;

/**
 * Passenger lines read from one upload, with where each came from ({@code passengers[3]}, {@code
 * line 5}, {@code segment 17 (NAD) at line 17}) so that a rejected line can be named in the
 * problem.
 */
public record Submission(SourceFormat format, List<Passenger> passengers, List<String> locations) {}
