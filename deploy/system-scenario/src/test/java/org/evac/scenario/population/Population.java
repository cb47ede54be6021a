package org.evac.scenario.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.evac.client.registry.model.Category;
import org.evac.client.registry.model.DepartureWish;
import org.evac.client.registry.model.DocumentType;
import org.evac.client.registry.model.Province;
import org.evac.client.registry.model.QualifyingRelationship;
import org.evac.client.registry.model.Relationship;
import org.evac.client.registry.model.Sex;
import org.evac.client.registry.model.VulnerabilityKind;
import org.evac.infrastructure.identity.NameFolding;
import org.evac.scenario.population.Member.Document;
import org.evac.scenario.population.Member.Intake;

/**
 * The households of the scenario, generated from a seed so that every run plays the same
 * evacuation: US citizens and permanent residents with their spouses and children (immediate
 * relatives), parents and siblings who are not eligible, the documents each holds, and how each
 * person reaches the registry (one list, both lists, a list row the import refuses, a walk-in
 * registration that duplicates a list row).
 */
public final class Population {

    private static final LocalDate PASSPORTS_EXPIRE_FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate EXPIRED = LocalDate.of(2021, 5, 31);
    private static final List<Province> PROVINCES =
            List.of(
                    Province.AF_KAB,
                    Province.AF_KAB,
                    Province.AF_KAB,
                    Province.AF_KAB,
                    Province.AF_BAL,
                    Province.AF_HER,
                    Province.AF_KAN,
                    Province.AF_NAN,
                    Province.AF_KDZ,
                    Province.AF_PAR,
                    Province.AF_LOG,
                    Province.AF_BAM);
    private static final List<String> DISTRICTS =
            List.of("Kabul", "Paghman", "Bagrami", "Mazar-i-Sharif", "Herat", "Jalalabad");

    /** Household sizes 1 to 7, weighted like the lists of 2021 (about 2.9 persons each). */
    private static final int[] SIZE_WEIGHTS = {20, 22, 25, 18, 9, 4, 2};

    private final Random random;
    private final List<Household> households = new ArrayList<>();
    private final Set<String> documentNumbers = new HashSet<>();
    private final List<NameKey> names = new ArrayList<>();
    private int nextKey = 1;
    private int expiredPassportHolder;

    private Population(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} households generated from {@code seed}. */
    public static Population generate(long seed, int count) {
        Population population = new Population(seed);
        for (int h = 1; h <= count; h++) {
            population.households.add(population.household(h));
        }
        population.expirePassportOfOne();
        return population;
    }

    public List<Household> households() {
        return households;
    }

    public List<Member> members() {
        return households.stream().flatMap(h -> h.members().stream()).toList();
    }

    /**
     * One person whose only passport ran out before the flights: the operator's first manifest
     * shows it expired; a renewed passport is registered and the next revision carries it.
     */
    public Member expiredPassportHolder() {
        return members().stream()
                .filter(m -> m.key() == expiredPassportHolder)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Whether the document of {@code member} does not hold up when checked: one person in fifty
     * (never the holder of the expired passport, whose story needs a seat).
     */
    public boolean failsVerification(Member member) {
        return member.key() % 50 == 17 && member.key() != expiredPassportHolder;
    }

    private Household household(int key) {
        Intake intake = householdIntake(key);
        Names.Name family = pick(Names.FAMILY);
        Province province = pick(PROVINCES);
        String district = pick(DISTRICTS);
        int size = size();
        boolean headIsCitizen = random.nextInt(100) < 55;
        List<Member> members = new ArrayList<>();
        Sex headSex = random.nextInt(100) < 80 ? Sex.MALE : Sex.FEMALE;
        LocalDate headBorn = date(1955, 1995);
        Member head =
                member(
                        key,
                        Relationship.HEAD,
                        family,
                        headSex,
                        headBorn,
                        headIsCitizen ? Category.US_CITIZEN : Category.LAWFUL_PERMANENT_RESIDENT,
                        null,
                        null,
                        province,
                        district,
                        intake);
        members.add(head);
        boolean withParent = size >= 3 && random.nextInt(100) < 30;
        for (int i = 1; i < size; i++) {
            if (i == 1) {
                members.add(spouse(key, head, family, province, district, intake));
            } else if (withParent && i == size - 1) {
                members.add(
                        member(
                                key,
                                Relationship.PARENT,
                                family,
                                random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                                date(1935, headBorn.getYear() - 18),
                                Category.FAMILY_NOT_ELIGIBLE,
                                null,
                                null,
                                province,
                                district,
                                intake));
            } else {
                members.add(child(key, head, family, headBorn, province, district, intake));
            }
        }
        return new Household(key, vulnerable(members, key));
    }

    /** Most households come from one list; one in five is on both, a few reach it otherwise. */
    private Intake householdIntake(int key) {
        int roll = random.nextInt(100);
        if (roll < 52) {
            return Intake.LIST_A;
        } else if (roll < 77) {
            return Intake.LIST_B;
        } else if (roll < 92) {
            return Intake.BOTH_SAME_DOCUMENT;
        }
        return Intake.BOTH_LIKELY_DUPLICATE;
    }

    private Member spouse(
            int household,
            Member head,
            Names.Name family,
            Province province,
            String district,
            Intake intake) {
        int roll = random.nextInt(100);
        Category category =
                roll < 65
                        ? Category.IMMEDIATE_RELATIVE
                        : head.category() == Category.US_CITIZEN && roll < 85
                                ? Category.US_CITIZEN
                                : Category.LAWFUL_PERMANENT_RESIDENT;
        return member(
                household,
                Relationship.SPOUSE,
                family,
                head.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE,
                date(1960, 2000),
                category,
                category == Category.IMMEDIATE_RELATIVE ? head : null,
                QualifyingRelationship.SPOUSE,
                province,
                district,
                intake);
    }

    private Member child(
            int household,
            Member head,
            Names.Name family,
            LocalDate headBorn,
            Province province,
            String district,
            Intake intake) {
        boolean citizen = head.category() == Category.US_CITIZEN && random.nextBoolean();
        Category category = citizen ? Category.US_CITIZEN : Category.IMMEDIATE_RELATIVE;
        return member(
                household,
                Relationship.CHILD,
                family,
                random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                date(Math.max(headBorn.getYear() + 18, 2000), 2020),
                category,
                citizen ? null : head,
                QualifyingRelationship.PARENT,
                province,
                district,
                intake);
    }

    private Member member(
            int household,
            Relationship relationship,
            Names.Name family,
            Sex sex,
            LocalDate born,
            Category category,
            Member qualifying,
            QualifyingRelationship qualifyingRelationship,
            Province province,
            String district,
            Intake householdIntake) {
        int key = nextKey++;
        List<Names.Name> given = givenNames(family.latin(), sex, born.getYear());
        String givenLatin = String.join(" ", given.stream().map(Names.Name::latin).toList());
        String nativeName =
                random.nextInt(100) < 70
                        ? String.join(" ", given.stream().map(Names.Name::dari).toList())
                                + " "
                                + family.dari()
                        : null;
        // One adult in twenty is listed with the placeholder date of 1 January.
        String birthDate =
                born.getYear() < 2003 && random.nextInt(100) < 5
                        ? born.getYear() + "-01-01"
                        : born.toString();
        Optional<Document> document =
                random.nextInt(100) < 2 ? Optional.empty() : Optional.of(document(category, born));
        String phone =
                relationship == Relationship.HEAD || random.nextInt(100) < 25
                        ? (random.nextInt(100) < 85 ? "+9370" : "+1202") + digits(7)
                        : null;
        DepartureWish wish =
                category == Category.FAMILY_NOT_ELIGIBLE
                        ? DepartureWish.UNDECIDED
                        : DepartureWish.WANTS_TO_LEAVE;
        return new Member(
                key,
                household,
                relationship,
                family.latin(),
                givenLatin,
                nativeName,
                birthDate,
                sex,
                category,
                qualifying == null ? null : qualifying.key(),
                qualifying == null ? null : qualifyingRelationship,
                document,
                phone,
                province,
                district,
                wish,
                List.of(),
                memberIntake(householdIntake, key));
    }

    /**
     * A household on one list keeps that; on both lists, every member is on both. A few rows of the
     * STEP list are refused by the import, and a few of its persons walk in again at a desk.
     */
    private Intake memberIntake(Intake household, int key) {
        if (household != Intake.LIST_A) {
            return household;
        }
        if (key % 97 == 13) {
            return Intake.LIST_A_INVALID;
        }
        if (key % 131 == 7) {
            return Intake.LIST_A_AND_WALK_IN;
        }
        return Intake.LIST_A;
    }

    /** One household in fifteen has a medical need or an elderly member: it flies first. */
    private List<Member> vulnerable(List<Member> members, int household) {
        if (household % 15 != 0) {
            return members;
        }
        List<Member> marked = new ArrayList<>(members);
        marked.set(
                0,
                marked.get(0)
                        .withVulnerabilities(
                                List.of(
                                        household % 30 == 0
                                                ? VulnerabilityKind.MEDICAL
                                                : VulnerabilityKind.ELDERLY)));
        return marked;
    }

    /** The passport of one travelling member of a family on the STEP list ran out in May 2021. */
    private void expirePassportOfOne() {
        for (int h = 0; h < households.size(); h++) {
            Household household = households.get(h);
            for (int i = 0; i < household.members().size(); i++) {
                Member member = household.members().get(i);
                if (member.isEligibleCategory()
                        && member.intake() == Intake.LIST_A
                        && household.members().size() >= 2
                        && member.document().map(d -> d.icaoType().equals("P")).orElse(false)) {
                    Document passport = member.document().orElseThrow();
                    List<Member> members = new ArrayList<>(household.members());
                    members.set(
                            i,
                            member.withDocument(
                                    new Document(
                                            passport.type(),
                                            passport.country(),
                                            passport.number(),
                                            EXPIRED)));
                    households.set(h, new Household(household.key(), members));
                    expiredPassportHolder = member.key();
                    return;
                }
            }
        }
    }

    /**
     * One or two given names that make this person's name, with the birth year, unlike anyone
     * else's: the registry rightly takes two persons whose names hold the same tokens and whose
     * birth years agree for one, and only the duplicates the scenario means must meet.
     */
    private List<Names.Name> givenNames(String family, Sex sex, int year) {
        List<Names.Name> pool = sex == Sex.FEMALE ? Names.FEMALE : Names.MALE;
        for (int attempt = 0; ; attempt++) {
            List<Names.Name> given = new ArrayList<>();
            given.add(pick(pool));
            if (random.nextInt(100) < 45 || attempt > 20) {
                Names.Name second = pick(pool);
                if (!second.equals(given.get(0))) {
                    given.add(second);
                }
            }
            if (attempt > 40) {
                given.add(pick(pool));
            }
            NameKey key =
                    new NameKey(
                            new HashSet<>(
                                    NameFolding.tokens(
                                            family
                                                    + " "
                                                    + String.join(
                                                            " ",
                                                            given.stream()
                                                                    .map(Names.Name::latin)
                                                                    .toList()))),
                            year);
            if (names.stream().noneMatch(key::meets)) {
                names.add(key);
                return given;
            }
        }
    }

    private record NameKey(Set<String> tokens, int year) {
        boolean meets(NameKey other) {
            return Math.abs(year - other.year) <= 1
                    && (tokens.containsAll(other.tokens) || other.tokens.containsAll(tokens));
        }
    }

    private Document document(Category category, LocalDate born) {
        LocalDate expires = PASSPORTS_EXPIRE_FROM.plusDays(random.nextInt(5 * 365));
        return switch (category) {
            case US_CITIZEN ->
                    new Document(
                            DocumentType.US_PASSPORT,
                            "USA",
                            unique(() -> "5" + digits(8)),
                            expires);
            case LAWFUL_PERMANENT_RESIDENT ->
                    new Document(
                            DocumentType.US_PERMANENT_RESIDENT_CARD,
                            "USA",
                            unique(() -> "IOE" + digits(10)),
                            expires);
            default ->
                    born.getYear() >= 2012 && random.nextBoolean()
                            ? new Document(
                                    DocumentType.AFGHAN_TAZKIRA,
                                    "AFG",
                                    unique(() -> "1" + digits(9)),
                                    expires)
                            : new Document(
                                    DocumentType.AFGHAN_PASSPORT,
                                    "AFG",
                                    unique(() -> "P" + digits(7)),
                                    expires);
        };
    }

    private String unique(java.util.function.Supplier<String> number) {
        while (true) {
            String candidate = number.get();
            if (documentNumbers.add(candidate)) {
                return candidate;
            }
        }
    }

    private int size() {
        int roll = random.nextInt(100);
        for (int i = 0; i < SIZE_WEIGHTS.length; i++) {
            roll -= SIZE_WEIGHTS[i];
            if (roll < 0) {
                return i + 1;
            }
        }
        return 1;
    }

    private LocalDate date(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 2);
        int days = (int) (LocalDate.of(toYear, 12, 30).toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(Math.max(days, 1)));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
