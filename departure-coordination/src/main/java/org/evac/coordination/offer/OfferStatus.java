package org.evac.coordination.offer;

public enum OfferStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN
}
