package org.evac.infrastructure.identity;

import java.util.Map;

/**
 * The ICAO 9303 class of a travel document, the part of its type that the registry's document types and the codes
 * operators send in manifests (APIS/PAXLST DOC codes) agree on: passports are {@code P}, national identity cards
 * such as the tazkira {@code I}, residence cards such as the US permanent resident card {@code C}.
 */
public final class DocumentClass {

    private static final Map<String, String> REGISTRY_TYPES = Map.of(
            "US_PASSPORT", "P",
            "AFGHAN_PASSPORT", "P",
            "AFGHAN_TAZKIRA", "I",
            "US_PERMANENT_RESIDENT_CARD", "C",
            "CONSULAR_REPORT_OF_BIRTH_ABROAD", "CRBA",
            "OTHER", "O");

    private DocumentClass() {
    }

    /**
     * @param type a registry document type, or an ICAO/APIS document code ({@code P}, {@code PP}, {@code I},
     *             {@code ID}, {@code A}, {@code C}, {@code AR} ...), upper case
     */
    public static String of(String type) {
        String registry = REGISTRY_TYPES.get(type);
        if (registry != null) {
            return registry;
        }
        if (type.isEmpty()) {
            return "O";
        }
        return switch (type.charAt(0)) {
            case 'P' -> "P";
            case 'I' -> "I";
            case 'A', 'C' -> "C";
            default -> "O";
        };
    }
}
