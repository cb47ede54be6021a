package org.evac.manifest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.evac.testing.RealInfrastructureResource;

/** Every test of this module runs against real PostgreSQL (database `manifest`) and Kafka. */
@QuarkusTestResource(
        value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "manifest"))
public class RealInfrastructureTestResource {}
