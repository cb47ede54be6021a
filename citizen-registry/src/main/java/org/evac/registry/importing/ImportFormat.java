package org.evac.registry.importing;

/** The upload formats: CSV with the documented header, or JSON Lines of person requests. */
public enum ImportFormat {
    CSV,
    JSON_LINES;

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String JSON_LINES_MEDIA_TYPE = "application/x-ndjson";
}
