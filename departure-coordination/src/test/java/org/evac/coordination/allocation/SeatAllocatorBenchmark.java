package org.evac.coordination.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the allocator takes for 20,000 accepted persons in 6,000 households onto 40
 * flights, next to a baseline measured in the same run (sorting the households by priority, which
 * any allocation must at least do). Not part of the default build: {@code ./mvnw -pl
 * departure-coordination test -Dtest=SeatAllocatorBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints figures; asserts nothing about time.
 */
class SeatAllocatorBenchmark {

    private static final int PERSONS = 20_000;
    private static final int HOUSEHOLDS = 6_000;
    private static final int FLIGHTS = 40;
    private static final int SEATS_PER_FLIGHT = 480;

    @Test
    void allocatesTwentyThousandPersons() {
        Random random = new Random(2021);
        List<FlightSlot> flights = new ArrayList<>();
        for (int f = 0; f < FLIGHTS; f++) {
            flights.add(
                    new FlightSlot(
                            new UUID(0xF, f),
                            Instant.parse("2021-08-20T00:00:00Z").plusSeconds(1800L * f),
                            SEATS_PER_FLIGHT));
        }
        List<Party> parties = households(random);
        int persons = parties.stream().mapToInt(Party::size).sum();

        long baseline = median(() -> parties.stream().sorted(Party.ORDER).toList());
        long allocation = median(() -> SeatAllocator.allocate(flights, parties));
        AllocationPlan plan = SeatAllocator.allocate(flights, parties);
        List<Party> applied = Scenario.applied(plan);
        long rerun = median(() -> SeatAllocator.allocate(flights, applied));
        long seated = plan.placements().stream().mapToLong(p -> p.flights().size()).sum();

        System.out.printf(
                "SeatAllocatorBenchmark: %,d persons in %,d households onto %d flights x %d seats%n",
                persons, parties.size(), FLIGHTS, SEATS_PER_FLIGHT);
        System.out.printf("  baseline (sort by priority only): %6.1f ms%n", baseline / 1e6);
        System.out.printf(
                "  allocation (fresh):               %6.1f ms  (%,d seated, %,d waiting)%n",
                allocation / 1e6, seated, persons - seated);
        System.out.printf("  re-run of the applied plan:       %6.1f ms%n", rerun / 1e6);
    }

    private static List<Party> households(Random random) {
        List<Party> parties = new ArrayList<>(HOUSEHOLDS);
        int remaining = PERSONS;
        for (int h = 0; h < HOUSEHOLDS; h++) {
            int left = HOUSEHOLDS - h;
            int size =
                    h == HOUSEHOLDS - 1
                            ? remaining
                            : Math.max(1, Math.min(remaining - (left - 1), 1 + random.nextInt(6)));
            remaining -= size;
            List<UUID> persons = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                persons.add(new UUID(h + 1L, k));
            }
            parties.add(
                    new Party(
                            new UUID(0xA, h),
                            persons,
                            Priority.values()[random.nextInt(Priority.values().length)],
                            Instant.parse("2021-08-15T00:00:00Z")
                                    .plusSeconds(random.nextInt(400_000)),
                            random.nextInt(20) == 0,
                            Map.of()));
        }
        return parties;
    }

    /** Median of 7 timed runs after 5 warm-up runs, in nanoseconds. */
    private static long median(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
