package org.evac.coordination.offer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferPage")
public record OfferPage(List<OfferResponse> items, long total, int page, int size) {}
