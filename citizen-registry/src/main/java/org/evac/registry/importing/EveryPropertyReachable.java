package org.evac.registry.importing;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Validates every property of an import row. Rows are request records, never entities; the default
 * resolver asks Hibernate ORM whether each property is loaded, which was a third of validation
 * time.
 */
final class EveryPropertyReachable implements TraversableResolver {

    @Override
    public boolean isReachable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path pathToProperty,
            ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path pathToProperty,
            ElementType elementType) {
        return true;
    }
}
