package org.evac.benchmark.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner list as one import file in the registry's CSV format, with a sample of its persons kept
 * for searching them afterwards.
 */
public record ImportFile(
        String name, String source, byte[] csv, int rows, List<GeneratedPerson> sample) {

    /** One person of this many is kept in {@link #sample()}. */
    private static final int SAMPLE_EVERY = 97;

    public static ImportFile of(String name, List<GeneratedPerson> persons) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(persons.size() * 260);
        out.writeBytes((GeneratedPerson.CSV_HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        List<GeneratedPerson> sample = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            GeneratedPerson person = persons.get(i);
            out.writeBytes(person.csvRow().getBytes(StandardCharsets.UTF_8));
            if (i % SAMPLE_EVERY == 0) {
                sample.add(person);
            }
        }
        return new ImportFile(
                name, persons.get(0).source(), out.toByteArray(), persons.size(), sample);
    }
}
