package org.evac.manifest.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A realistic passenger line with a document number no other test uses. */
public final class PassengerBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PassengerBuilder() {
        fields.put("familyName", "HAIDARI");
        fields.put("givenNames", "AHMAD ZIA");
        fields.put("birthDate", "1985-03-12");
        fields.put("sex", "M");
        fields.put("nationality", "AFG");
        fields.put("documentType", "P");
        fields.put("documentNumber", uniqueDocumentNumber());
        fields.put("documentIssuingCountry", "AFG");
        fields.put("documentExpiry", LocalDate.now().plusYears(3).toString());
        fields.put("seat", "12A");
        fields.put("bookingReference", "EVAC42");
    }

    public static PassengerBuilder passenger() {
        return new PassengerBuilder();
    }

    public static String uniqueDocumentNumber() {
        return "P" + Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    public PassengerBuilder familyName(String value) {
        return with("familyName", value);
    }

    public PassengerBuilder givenNames(String value) {
        return with("givenNames", value);
    }

    public PassengerBuilder nativeNames(String family, String given) {
        return with("nativeFamilyName", family).with("nativeGivenNames", given);
    }

    public PassengerBuilder birthDate(String value) {
        return with("birthDate", value);
    }

    public PassengerBuilder sex(String value) {
        return with("sex", value);
    }

    public PassengerBuilder documentNumber(String value) {
        return with("documentNumber", value);
    }

    public PassengerBuilder documentExpiry(String value) {
        return with("documentExpiry", value);
    }

    public PassengerBuilder seat(String value) {
        return with("seat", value);
    }

    public PassengerBuilder personId(UUID value) {
        return with("personId", value.toString());
    }

    public PassengerBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String documentNumber() {
        return (String) fields.get("documentNumber");
    }

    public String familyName() {
        return (String) fields.get("familyName");
    }

    public String birthDate() {
        return (String) fields.get("birthDate");
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
