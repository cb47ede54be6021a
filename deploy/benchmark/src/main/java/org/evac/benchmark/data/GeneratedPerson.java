package org.evac.benchmark.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person of a generated partner list, written as a row of the registry's import CSV or as the
 * body of {@code POST /api/v1/persons}. Null fields are left out.
 */
public record GeneratedPerson(
        String familyName,
        String givenNames,
        String nativeName,
        String birthDate,
        String birthDateEvidence,
        String sex,
        String category,
        String qualifyingName,
        String qualifyingRelationship,
        String departureWish,
        String province,
        String district,
        String preferredLanguage,
        String phone,
        String email,
        String whatsapp,
        String documentType,
        String documentCountry,
        String documentNumber,
        String documentExpiry,
        List<String> vulnerabilities,
        String source,
        String sourceReference) {

    /** The registry's documented import columns, in the order {@link #csvRow()} writes them. */
    public static final String CSV_HEADER =
            "familyName,givenNames,nativeName,birthDate,birthDateEvidence,sex,category,qualifyingName,"
                    + "qualifyingRelationship,departureWish,province,district,preferredLanguage,phone,email,"
                    + "whatsapp,documentType,documentCountry,documentNumber,documentExpiry,vulnerabilities,"
                    + "sourceReference";

    public String fullName() {
        return givenNames + " " + familyName;
    }

    public String csvRow() {
        StringBuilder row = new StringBuilder(256);
        String[] fields = {
            familyName,
            givenNames,
            nativeName,
            birthDate,
            birthDateEvidence,
            sex,
            category,
            qualifyingName,
            qualifyingRelationship,
            departureWish,
            province,
            district,
            preferredLanguage,
            phone,
            email,
            whatsapp,
            documentType,
            documentCountry,
            documentNumber,
            documentExpiry,
            String.join(";", vulnerabilities),
            sourceReference
        };
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(quoted(fields[i]));
        }
        return row.append("\r\n").toString();
    }

    /** The same person as a {@code PersonRequest}, ready for Jackson. */
    public Map<String, Object> request() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("familyName", familyName);
        body.put("givenNames", givenNames);
        putIfPresent(body, "nativeName", nativeName);
        putIfPresent(body, "birthDate", birthDate);
        putIfPresent(body, "birthDateEvidence", birthDateEvidence);
        body.put("sex", sex);
        body.put("category", category);
        if (qualifyingName != null) {
            body.put(
                    "qualifyingRelative",
                    Map.of("name", qualifyingName, "relationship", qualifyingRelationship));
        }
        body.put("departureWish", departureWish);
        if (!vulnerabilities.isEmpty()) {
            body.put(
                    "vulnerabilities",
                    vulnerabilities.stream()
                            .map(
                                    v -> {
                                        int colon = v.indexOf(':');
                                        return colon < 0
                                                ? Map.of("kind", v)
                                                : Map.of(
                                                        "kind",
                                                        v.substring(0, colon),
                                                        "note",
                                                        v.substring(colon + 1));
                                    })
                            .toList());
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("province", province);
        putIfPresent(location, "district", district);
        body.put("location", location);
        body.put("preferredLanguage", preferredLanguage);
        if (documentNumber != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("type", documentType);
            document.put("issuingCountry", documentCountry);
            document.put("number", documentNumber);
            putIfPresent(document, "expiresOn", documentExpiry);
            body.put("documents", List.of(document));
        }
        List<Map<String, String>> contacts = new ArrayList<>();
        if (phone != null) {
            contacts.add(Map.of("kind", "PHONE", "value", phone));
        }
        if (email != null) {
            contacts.add(Map.of("kind", "EMAIL", "value", email));
        }
        if (whatsapp != null) {
            contacts.add(Map.of("kind", "WHATSAPP", "value", whatsapp));
        }
        if (!contacts.isEmpty()) {
            body.put("contacts", contacts);
        }
        body.put("sources", List.of(Map.of("source", source, "reference", sourceReference)));
        return body;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
