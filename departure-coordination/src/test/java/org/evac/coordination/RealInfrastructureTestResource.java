package org.evac.coordination;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.evac.testing.RealInfrastructureResource;

/** Every test of this module runs against real PostgreSQL (database `coordination`) and Kafka. */
@QuarkusTestResource(
        value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "coordination"))
public class RealInfrastructureTestResource {}
