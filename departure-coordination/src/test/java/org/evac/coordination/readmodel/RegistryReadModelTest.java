package org.evac.coordination.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.evac.coordination.support.Upstream;
import org.junit.jupiter.api.Test;

/**
 * Person snapshots are written a poll at a time with one statement; the result must be what
 * applying them one by one gives, whatever order versions and merges arrive in.
 */
@QuarkusTest
class RegistryReadModelTest {

    @Test
    void aLaterVersionWinsWhateverTheOrderOfArrival() {
        UUID person = UUID.randomUUID();
        Upstream.person().id(person).province("AF-HER").version(3).publish();
        Upstream.person().id(person).province("AF-BAL").version(2).publish();
        UUID marker = Upstream.person().publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> view(marker) != null);
        assertThat(view(person).province).isEqualTo("AF-HER");
        assertThat(view(person).version).isEqualTo(3);
    }

    @Test
    void aMergeThatArrivesBeforeThePersonStillMarksThePersonMerged() {
        UUID survivor = Upstream.person().publish();
        UUID merged = UUID.randomUUID();
        Upstream.merged(survivor, merged);
        Upstream.person().id(merged).publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> view(merged) != null);
        assertThat(view(merged).mergedInto).isEqualTo(survivor);
    }

    @Test
    void manyVersionsOfManyPersonsInOneBurstKeepTheLatestOfEach() {
        var persons = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        for (int version = 1; version <= 4; version++) {
            for (UUID person : persons) {
                Upstream.person()
                        .id(person)
                        .province(version == 4 ? "AF-KDZ" : "AF-KAB")
                        .version(version)
                        .publish();
            }
        }

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                persons.stream()
                                        .allMatch(p -> view(p) != null && view(p).version == 4));
        assertThat(persons).allSatisfy(p -> assertThat(view(p).province).isEqualTo("AF-KDZ"));
    }

    private static PersonView view(UUID personId) {
        return QuarkusTransaction.requiringNew().call(() -> PersonView.findById(personId));
    }
}
