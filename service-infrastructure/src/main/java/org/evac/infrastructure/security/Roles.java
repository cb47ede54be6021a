package org.evac.infrastructure.security;

/** The roles carried in the {@code groups} claim of every evac token. */
public final class Roles {

    /** Consular coordinators: read and write persons, offers and flights. */
    public static final String COORDINATOR = "coordinator";

    /** Charter operators: their own operator's flights and manifests only. */
    public static final String OPERATOR = "operator";

    /** Dashboards: counts and statistics, never names. */
    public static final String VIEWER = "viewer";

    /** Supervisors: merges, audit, reference data, replays. */
    public static final String ADMIN = "admin";

    private Roles() {}
}
