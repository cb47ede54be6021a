package org.evac.manifest.submission;

import java.util.List;

/**
 * One upload, whatever its format, as its parser read it: the passenger lines with where each came
 * from ({@code passengers[3]}, {@code line 5}, {@code segment 17 (NAD) at line 17}) so that a
 * rejected line can be named in the problem, and the flight number the upload itself names ({@code
 * null} when its format names none, as JSON and CSV do). Nothing here is validated yet: the
 * submission is validated once, where it is stored.
 */
public record Submission(
        SourceFormat format,
        String flightNumber,
        List<Passenger> passengers,
        List<String> locations) {

    /** A submission of a format that does not name its flight. */
    public Submission(SourceFormat format, List<Passenger> passengers, List<String> locations) {
        this(format, null, passengers, locations);
    }
}
