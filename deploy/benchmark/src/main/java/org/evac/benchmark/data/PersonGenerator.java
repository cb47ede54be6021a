package org.evac.benchmark.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.evac.benchmark.data.AfghanNames.Name;

/**
 * Generates partner lists as the task force receives them: households of a US citizen or permanent
 * resident with a spouse, children and sometimes an elderly parent, sharing a province, a district,
 * a phone and a list reference; names drawn from common Afghan names with their Dari spelling and
 * the usual transliteration variants; every document number unique within the run, in the format
 * its issuer uses. The same seed gives the same persons.
 */
public final class PersonGenerator {

    private static final String[] SOURCES = {
        "STEP_ENROLMENT", "PARTNER_NGO_LIST", "CONGRESSIONAL_LIST", "REPATRIATION_REQUEST_FORM"
    };
    private static final String[] NOTES = {"diabetes", "dialysis", "heart condition", "asthma"};

    private final SplittableRandom random;
    private long sequence;
    private long household;

    /** {@code firstSequence} numbers the first person; numbers must not repeat within a run. */
    public PersonGenerator(long seed, long firstSequence) {
        this.random = new SplittableRandom(seed);
        this.sequence = firstSequence;
        this.household = firstSequence;
    }

    /** {@code count} persons, in whole households except perhaps the last. */
    public List<GeneratedPerson> persons(int count) {
        List<GeneratedPerson> persons = new ArrayList<>(count);
        while (persons.size() < count) {
            List<GeneratedPerson> members = household();
            persons.addAll(members.subList(0, Math.min(members.size(), count - persons.size())));
        }
        return persons;
    }

    /**
     * One US citizen eligible on their own, for registrations through the API: a two-part given
     * name and a full date of birth, so that the registry rarely answers 409 likely-duplicate.
     */
    public GeneratedPerson citizen() {
        Household h = new Household();
        Name first = AfghanNames.MALE_PREFIX.get(random.nextInt(AfghanNames.MALE_PREFIX.size()));
        Name second = AfghanNames.common(AfghanNames.MALE, random);
        if (second.dari().equals(first.dari())) {
            second = AfghanNames.common(AfghanNames.ABDUL, random);
            first = new Name("Abdul", "");
            second = new Name(second.latin(), second.dari());
        }
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 38));
        return h.person(
                h.family,
                new Name(
                        first.latin() + " " + second.latin(),
                        (first.dari() + " " + second.dari()).strip()),
                true,
                new String[] {born.toString(), null},
                "US_CITIZEN",
                null,
                null,
                h.phone,
                usPassport(),
                List.of());
    }

    /** A head, usually a spouse, 0 to 6 children, and in one household of ten a parent. */
    public List<GeneratedPerson> household() {
        Household h = new Household();
        List<GeneratedPerson> members = new ArrayList<>();
        boolean citizen = random.nextInt(10) < 6;
        boolean headMale = random.nextInt(100) < 85;
        int headBorn = 1958 + random.nextInt(41);
        Name headGiven = given(headMale);
        GeneratedPerson head =
                h.person(
                        h.family,
                        headGiven,
                        headMale,
                        birth(headBorn, headBorn),
                        citizen ? "US_CITIZEN" : "LAWFUL_PERMANENT_RESIDENT",
                        null,
                        null,
                        h.phone,
                        citizen ? usPassport() : greenCard(),
                        medical());
        members.add(head);
        String qualifying = head.fullName();
        if (random.nextInt(100) < 85) {
            int born = Math.max(1950, Math.min(2003, headBorn + random.nextInt(17) - 8));
            boolean pregnant = headMale && born > 1980 && random.nextInt(100) < 8;
            members.add(
                    h.person(
                            random.nextBoolean()
                                    ? h.family
                                    : AfghanNames.common(AfghanNames.FAMILY, random),
                            given(!headMale),
                            !headMale,
                            birth(born, born),
                            "IMMEDIATE_RELATIVE",
                            qualifying,
                            "SPOUSE",
                            random.nextInt(100) < 40 ? phone() : null,
                            random.nextInt(10) < 6 ? afghanPassport() : tazkira(),
                            pregnant ? List.of("PREGNANCY") : medical()));
        }
        int[] childWeights = {10, 12, 18, 20, 18, 12, 10};
        int children = weighted(childWeights);
        Set<String> childNames = new HashSet<>();
        for (int i = 0; i < children; i++) {
            boolean male = random.nextBoolean();
            Name name = given(male);
            if (!childNames.add(name.latin())) {
                continue;
            }
            int earliest = Math.max(headBorn + 18, 2000);
            int born = earliest + random.nextInt(Math.min(headBorn + 45, 2020) - earliest + 1);
            boolean citizenChild = citizen && random.nextInt(100) < 65;
            members.add(
                    h.person(
                            h.family,
                            name,
                            male,
                            birth(born, born),
                            citizenChild ? "US_CITIZEN" : "IMMEDIATE_RELATIVE",
                            citizenChild ? null : qualifying,
                            citizenChild ? null : "PARENT",
                            null,
                            citizenChild && random.nextInt(10) < 7
                                    ? usPassport()
                                    : random.nextInt(10) < 6 ? tazkira() : null,
                            medical()));
        }
        if (random.nextInt(10) == 0) {
            boolean male = random.nextBoolean();
            int born = 1935 + random.nextInt(21);
            members.add(
                    h.person(
                            h.family,
                            given(male),
                            male,
                            birth(born, born),
                            "FAMILY_NOT_ELIGIBLE",
                            null,
                            null,
                            null,
                            tazkira(),
                            random.nextInt(3) == 0
                                    ? List.of("ELDERLY", "MOBILITY")
                                    : List.of("ELDERLY")));
        }
        return members;
    }

    /** What a household's members share. */
    private final class Household {
        final Name family = AfghanNames.common(AfghanNames.FAMILY, random);
        final String province = AfghanNames.province(random);
        final List<String> districts = AfghanNames.DISTRICTS.get(province);
        final String district =
                districts == null ? null : districts.get(random.nextInt(districts.size()));
        final String phone = phone();
        final String wish = departureWish();
        final String language = language();
        final String source = SOURCES[random.nextInt(SOURCES.length)];
        final String reference =
                source.substring(0, 4) + "-2021-" + String.format("%07d", household++);
        boolean first = true;

        GeneratedPerson person(
                Name familyName,
                Name given,
                boolean male,
                String[] birth,
                String category,
                String qualifyingName,
                String relationship,
                String phone,
                String[] document,
                List<String> vulnerabilities) {
            boolean head = first;
            first = false;
            long number = sequence++;
            String email =
                    head && random.nextInt(10) == 0
                            ? (given.latin().replace(" ", ".")
                                            + "."
                                            + familyName.latin()
                                            + number
                                            + "@example.org")
                                    .toLowerCase(Locale.ROOT)
                            : null;
            return new GeneratedPerson(
                    familyName.latin(),
                    given.latin(),
                    given.dari() + " " + familyName.dari(),
                    birth[0],
                    birth[1],
                    male ? "MALE" : "FEMALE",
                    category,
                    qualifyingName,
                    relationship,
                    wish,
                    province,
                    district,
                    language,
                    phone,
                    email,
                    head && random.nextInt(10) < 3 ? phone : null,
                    document == null ? null : document[0],
                    document == null ? null : document[1],
                    document == null ? null : document[2],
                    document == null ? null : document[3],
                    vulnerabilities,
                    source,
                    reference);
        }
    }

    /** One name, or two parts (Mohammad Qasim, Abdul Rahman, Bibi Gul) for about half. */
    private Name given(boolean male) {
        Name name = AfghanNames.common(male ? AfghanNames.MALE : AfghanNames.FEMALE, random);
        if (random.nextBoolean()) {
            return name;
        }
        if (male && random.nextInt(4) == 0) {
            Name root = AfghanNames.common(AfghanNames.ABDUL, random);
            return new Name("Abdul " + root.latin(), root.dari());
        }
        List<Name> prefixes = male ? AfghanNames.MALE_PREFIX : AfghanNames.FEMALE_PREFIX;
        Name prefix = prefixes.get(random.nextInt(prefixes.size()));
        if (prefix.dari().equals(name.dari())) {
            return name;
        }
        return new Name(prefix.latin() + " " + name.latin(), prefix.dari() + " " + name.dari());
    }

    /**
     * Birth date and its evidence: a full date for most; year and month, or 1 January with a
     * tazkira as evidence (as Afghan documents often record it), for one in 200. Duplicate
     * detection matches such dates with any date of the year (or month), so at a million persons
     * nearly every one of them meets a namesake and is held back as a likely duplicate.
     */
    private String[] birth(int fromYear, int toYear) {
        int year = fromYear + random.nextInt(toYear - fromYear + 1);
        int kind = random.nextInt(1000);
        if (kind < 3) {
            return new String[] {year + "-01-01", "tazkira"};
        }
        if (kind < 5) {
            return new String[] {String.format("%04d-%02d", year, 1 + random.nextInt(12)), null};
        }
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return new String[] {date.toString(), null};
    }

    private String[] usPassport() {
        return new String[] {"US_PASSPORT", "USA", "5" + unique(100_000_000L, 48_271), expiry()};
    }

    private String[] greenCard() {
        return new String[] {
            "US_PERMANENT_RESIDENT_CARD", "USA", "MSC" + unique(10_000_000_000L, 48_271), expiry()
        };
    }

    private String[] afghanPassport() {
        return new String[] {
            "AFGHAN_PASSPORT", "AFG", "P" + unique(100_000_000L, 69_621), expiry()
        };
    }

    private String[] tazkira() {
        return new String[] {
            "AFGHAN_TAZKIRA", "AFG", "1400" + unique(1_000_000_000L, 16_807), null
        };
    }

    /**
     * A number of {@code modulus}'s digits that no other person of the run gets: the person's
     * sequence number times a multiplier prime to the modulus is a permutation of the residues.
     */
    private String unique(long modulus, long multiplier) {
        int digits = Long.toString(modulus).length() - 1;
        long value = Math.floorMod(sequence * multiplier + 12_345, modulus);
        return String.format("%0" + digits + "d", value);
    }

    /** Mostly valid for years; a few expired already (the registry flags them). */
    private String expiry() {
        LocalDate base =
                random.nextInt(100) < 3 ? LocalDate.of(2020, 1, 1) : LocalDate.of(2026, 1, 1);
        return base.plusDays(random.nextInt(random.nextInt(100) < 3 ? 1000 : 2900)).toString();
    }

    private List<String> medical() {
        int u = random.nextInt(1000);
        if (u < 25) {
            return List.of("MEDICAL:" + NOTES[random.nextInt(NOTES.length)]);
        }
        if (u < 35) {
            return List.of("MOBILITY");
        }
        return List.of();
    }

    private String phone() {
        int[] operators = {0, 2, 7, 8, 9};
        return "+937"
                + operators[random.nextInt(operators.length)]
                + String.format("%07d", random.nextInt(10_000_000));
    }

    private String departureWish() {
        int u = random.nextInt(100);
        return u < 55
                ? "WANTS_TO_LEAVE"
                : u < 80
                        ? "WILL_NOT_LEAVE_WITHOUT_FAMILY"
                        : u < 90 ? "UNDECIDED" : u < 97 ? "UNKNOWN" : "DOES_NOT_WANT_TO_LEAVE";
    }

    private String language() {
        int u = random.nextInt(100);
        return u < 60 ? "fa-AF" : u < 95 ? "ps" : "en";
    }

    private int weighted(int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int u = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
