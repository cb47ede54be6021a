package org.evac.coordination.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evac.coordination.offer.OfferService;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.locks.AdvisoryLocks;

/**
 * Offers departure to every verified, active, eligible person never offered (or whose last offer
 * expired or was withdrawn), grouped by household. Persons who declined are left to a deliberate
 * individual re-offer. Running it again finds nobody new, so it creates nothing.
 */
@ApplicationScoped
public class CampaignService {

    private static final String ELIGIBLE =
            """
            from person_view p left join journey j on j.person_id = p.person_id
            where p.verification = 'VERIFIED' and p.status = 'ACTIVE' and p.merged_into is null
              and p.category in ('US_CITIZEN', 'LAWFUL_PERMANENT_RESIDENT', 'IMMEDIATE_RELATIVE')
            """;

    /** Offers (to a household or one person) made in one transaction. */
    private static final int OFFERS_PER_TRANSACTION = 100;

    private final EntityManager entityManager;
    private final OfferService offers;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public CampaignService(
            EntityManager entityManager, OfferService offers, Clock clock, AdvisoryLocks locks) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.offers = offers;
        this.clock = clock;
    }

    /**
     * Runs the campaign in transactions of {@value #OFFERS_PER_TRANSACTION} offers each: one
     * transaction for 20,000 offers held an advisory lock per event's aggregate (tens of thousands,
     * more than PostgreSQL's lock table holds) and would outlive the transaction timeout. The
     * campaign's counts grow with each committed chunk; a campaign cut short is completed by
     * running it again, which offers only whom it had not reached.
     */
    public CampaignResult run(CampaignRequest request, String actor) {
        Plan plan = QuarkusTransaction.requiringNew().call(() -> start(request, actor));
        for (List<UUID> chunk : chunks(plan.households())) {
            QuarkusTransaction.requiringNew()
                    .run(() -> offerHouseholds(plan.campaignId(), chunk, request, actor));
        }
        for (List<UUID> chunk : chunks(plan.individuals())) {
            QuarkusTransaction.requiringNew()
                    .run(() -> offerIndividuals(plan.campaignId(), chunk, request, actor));
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> Campaign.<Campaign>findById(plan.campaignId()).result());
    }

    /** Whom the campaign will offer, found when it starts. */
    private record Plan(UUID campaignId, List<UUID> households, List<UUID> individuals) {}

    private Plan start(CampaignRequest request, String actor) {
        Campaign campaign = new Campaign();
        campaign.campaignId = TimeOrderedUuid.next();
        campaign.province = request.province();
        campaign.category = request.category();
        campaign.channel = request.channel();
        campaign.respondBy = request.respondBy();
        campaign.createdAt = OffsetDateTime.now(clock);
        campaign.createdBy = actor;
        campaign.alreadyOpen = matching(request, "j.state = 'OFFERED'").size();
        Set<UUID> households = new LinkedHashSet<>();
        List<UUID> individuals = new ArrayList<>();
        for (Object[] row : matching(request, "coalesce(j.state, 'NOT_OFFERED') = 'NOT_OFFERED'")) {
            UUID household = (UUID) row[1];
            if (household == null) {
                individuals.add((UUID) row[0]);
            } else {
                households.add(household);
            }
        }
        campaign.persist();
        return new Plan(campaign.campaignId, List.copyOf(households), individuals);
    }

    private void offerHouseholds(
            UUID campaignId, List<UUID> households, CampaignRequest request, String actor) {
        // Two campaigns at once would offer the same persons twice; each chunk looks again under
        // the lock, so the second finds them offered.
        locks.exclusive("campaign");
        Campaign campaign = Campaign.findById(campaignId);
        for (UUID household : households) {
            if (hasOpenOffer(household)) {
                continue;
            }
            List<UUID> members = householdMembersToOffer(household);
            if (members.isEmpty()) {
                continue;
            }
            offers.create(
                    household,
                    members,
                    request.channel(),
                    request.respondBy(),
                    null,
                    campaignId,
                    actor);
            campaign.offersMade++;
            campaign.householdOffers++;
            campaign.personsOffered += members.size();
        }
    }

    private void offerIndividuals(
            UUID campaignId, List<UUID> persons, CampaignRequest request, String actor) {
        locks.exclusive("campaign");
        Campaign campaign = Campaign.findById(campaignId);
        for (UUID person : persons) {
            if (!notOffered(person)) {
                continue;
            }
            offers.create(
                    null,
                    List.of(person),
                    request.channel(),
                    request.respondBy(),
                    null,
                    campaignId,
                    actor);
            campaign.offersMade++;
            campaign.individualOffers++;
            campaign.personsOffered++;
        }
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += OFFERS_PER_TRANSACTION) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + OFFERS_PER_TRANSACTION)));
        }
        return chunks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Campaign> find(UUID campaignId) {
        return Campaign.findByIdOptional(campaignId);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> matching(CampaignRequest request, String journeyCondition) {
        StringBuilder sql =
                new StringBuilder("select p.person_id, p.household_id ")
                        .append(ELIGIBLE)
                        .append(" and ")
                        .append(journeyCondition);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (request.province() != null) {
            sql.append(" and p.province = :province");
            parameters.put("province", request.province());
        }
        if (request.category() != null) {
            sql.append(" and p.category = :category");
            parameters.put("category", request.category().name());
        }
        sql.append(" order by p.household_id nulls last, p.person_id");
        var query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private boolean hasOpenOffer(UUID household) {
        return ((Number)
                                entityManager
                                        .createNativeQuery(
                                                "select count(*) "
                                                        + ELIGIBLE
                                                        + " and p.household_id = ?1 and j.state = 'OFFERED'")
                                        .setParameter(1, household)
                                        .getSingleResult())
                        .longValue()
                > 0;
    }

    private boolean notOffered(UUID person) {
        return ((Number)
                                entityManager
                                        .createNativeQuery(
                                                "select count(*) "
                                                        + ELIGIBLE
                                                        + " and p.person_id = ?1 and coalesce(j.state, 'NOT_OFFERED') = 'NOT_OFFERED'")
                                        .setParameter(1, person)
                                        .getSingleResult())
                        .longValue()
                > 0;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> householdMembersToOffer(UUID household) {
        return entityManager
                .createNativeQuery(
                        "select p.person_id "
                                + ELIGIBLE
                                + " and p.household_id = ?1 and coalesce(j.state, 'NOT_OFFERED') = 'NOT_OFFERED' order by p.person_id",
                        UUID.class)
                .setParameter(1, household)
                .getResultList();
    }
}
