package org.evac.registry.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.registry.quality.HardRules;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * The one validation gate of a person record, passed by a registration, an update and every import
 * row alike: Bean Validation, the hard data-quality rules, and the qualifying relative named by id,
 * who must be a registered US citizen or permanent resident. Its field errors come sorted by field
 * and message, so the problem of {@code POST /persons} and the message of a refused import row name
 * the same problems in the same words and order.
 */
@ApplicationScoped
public class PersonGate {

    static final String NO_SUCH_PERSON = "no such person";
    static final String NOT_QUALIFYING = "must be a US_CITIZEN or LAWFUL_PERMANENT_RESIDENT";
    private static final String QUALIFYING_ID = "qualifyingRelative.personId";

    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    PersonGate(ValidatorFactory validators, EntityManager entityManager, Clock clock) {
        this.validator =
                validators
                        .unwrap(HibernateValidatorFactory.class)
                        .usingContext()
                        .traversableResolver(new EveryPropertyReachable())
                        .enableTraversableResolverResultCache(false)
                        .getValidator();
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The problems of one request; empty if it passes. */
    public List<FieldError> problems(PersonRequest request) {
        return problems(request, qualifyingCategories(List.of(request)));
    }

    /**
     * The problems of a request whose qualifying relatives were looked up already with {@link
     * #qualifyingCategories} (an import looks up a whole chunk at once).
     */
    public List<FieldError> problems(PersonRequest request, Map<UUID, Category> qualifying) {
        List<FieldError> errors = new ArrayList<>();
        validator
                .validate(request)
                .forEach(
                        v ->
                                errors.add(
                                        new FieldError(
                                                v.getPropertyPath().toString(), v.getMessage())));
        errors.addAll(HardRules.check(request, LocalDate.now(clock)));
        UUID qualifyingId = qualifyingId(request);
        if (qualifyingId != null) {
            Category category = qualifying.get(qualifyingId);
            if (category == null) {
                errors.add(new FieldError(QUALIFYING_ID, NO_SUCH_PERSON));
            } else if (category != Category.US_CITIZEN
                    && category != Category.LAWFUL_PERMANENT_RESIDENT) {
                errors.add(new FieldError(QUALIFYING_ID, NOT_QUALIFYING));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** The categories of the registered persons these requests name as qualifying relatives. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Category> qualifyingCategories(Collection<PersonRequest> requests) {
        List<UUID> ids =
                requests.stream()
                        .filter(Objects::nonNull)
                        .map(PersonGate::qualifyingId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        Map<UUID, Category> categories = new HashMap<>();
        if (ids.isEmpty()) {
            return categories;
        }
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select id, category from person where id = any(cast(?1 as uuid[]))")
                        .setParameter(1, ids.toArray(UUID[]::new))
                        .getResultList();
        rows.forEach(row -> categories.put((UUID) row[0], Category.valueOf((String) row[1])));
        return categories;
    }

    private static UUID qualifyingId(PersonRequest request) {
        return request.qualifyingRelative() == null
                ? null
                : request.qualifyingRelative().personId();
    }
}
