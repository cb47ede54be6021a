package org.evac.manifest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import org.evac.infrastructure.testing.hostile.HostileInputCampaign;
import org.junit.jupiter.api.Test;

/** Bad input generated from this service's OpenAPI document, sent to every operation. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    @Inject DataSource database;

    @Test
    void everyBadRequestIsAProblemOfTheDocumentedRolesAndChangesNothing() throws Exception {
        HostileInputCampaign.against(base, database).run();
    }
}
