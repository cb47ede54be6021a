package org.evac.scenario.play;

/** How an operator files a manifest. */
public enum ManifestFormat {
    JSON,
    CSV,
    PAXLST
}
