package org.evac.registry.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuplicateReviewPage")
public record DuplicateReviewPage(
        List<DuplicateReviewView> items, int page, int size, long total) {}
