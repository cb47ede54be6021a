package org.evac.coordination.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry categories that may be offered departure; a campaign may target one of them. */
@Schema(name = "EligibleCategory")
public enum EligibleCategory {
    US_CITIZEN,
    LAWFUL_PERMANENT_RESIDENT,
    IMMEDIATE_RELATIVE
}
