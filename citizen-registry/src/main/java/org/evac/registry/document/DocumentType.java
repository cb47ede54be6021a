package org.evac.registry.document;

public enum DocumentType {
    US_PASSPORT,
    US_PERMANENT_RESIDENT_CARD,
    CONSULAR_REPORT_OF_BIRTH_ABROAD,
    AFGHAN_PASSPORT,
    AFGHAN_TAZKIRA,
    OTHER
}
