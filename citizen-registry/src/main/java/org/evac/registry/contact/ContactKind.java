package org.evac.registry.contact;

public enum ContactKind {
    PHONE,
    EMAIL,
    WHATSAPP,
    SIGNAL,
    TELEGRAM
}
