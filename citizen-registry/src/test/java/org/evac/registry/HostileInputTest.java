package org.evac.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import org.evac.testing.hostile.HostileInputCampaign;
import org.junit.jupiter.api.Test;

/** Bad input generated from this service's OpenAPI document, sent to every operation. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    @Inject DataSource database;

    @Test
    void everyBadRequestIsAProblemOfTheDocumentedRolesAndChangesNothing() throws Exception {
        HostileInputCampaign.Report report = HostileInputCampaign.against(base, database).run();

        assertThat(report.caseClasses())
                .containsAll(HostileInputCampaign.CORE_CASE_CLASSES)
                .contains("path-param-type", "query-param-type", "body-unknown-enum");
        assertThat(report.failures())
                .withFailMessage(
                        "%d of %d hostile requests were mishandled:%n%s",
                        report.failures().size(),
                        report.requests(),
                        String.join("\n", report.failures()))
                .isEmpty();
    }
}
