package org.evac.infrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.evac.testing.RealInfrastructureResource;

@QuarkusTestResource(
        value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "backbone"))
public class RealInfrastructureTestResource {}
