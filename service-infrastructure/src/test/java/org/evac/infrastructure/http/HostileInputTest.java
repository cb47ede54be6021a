package org.evac.infrastructure.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import org.evac.infrastructure.testing.hostile.HostileInputCampaign;
import org.junit.jupiter.api.Test;

/** The campaign every service runs, here against the backbone's test application. */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    @Inject DataSource database;

    @Test
    void everyBadRequestIsAProblemAndChangesNothing() throws Exception {
        HostileInputCampaign.against(base, database).run();
    }
}
