package org.evac.manifest.checks;

import java.util.Set;
import java.util.UUID;

/**
 * The checks of one passenger line: its document fingerprint, the registry person it matched, and
 * the results.
 */
public record LineCheck(String documentFingerprint, UUID personId, Set<CheckResult> results) {}
