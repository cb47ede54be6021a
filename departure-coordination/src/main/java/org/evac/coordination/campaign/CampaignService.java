package org.evac.coordination.campaign;

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

    /** Offers (to a household or one person) made between two flushes (see {@link #release}). */
    private static final int OFFERS_PER_FLUSH = 50;

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

    @Transactional
    public CampaignResult run(CampaignRequest request, String actor) {
        // Two campaigns at once would offer the same persons twice; the second waits and then finds
        // nobody.
        locks.exclusive("campaign");
        Campaign campaign = new Campaign();
        campaign.campaignId = TimeOrderedUuid.next();
        campaign.province = request.province();
        campaign.category = request.category();
        campaign.channel = request.channel();
        campaign.respondBy = request.respondBy();
        campaign.createdAt = OffsetDateTime.now(clock);
        campaign.createdBy = actor;

        int alreadyOpen = matching(request, "j.state = 'OFFERED'").size();
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
        int householdOffers = 0;
        int persons = 0;
        int seen = 0;
        for (UUID household : households) {
            if (++seen % OFFERS_PER_FLUSH == 0) {
                release();
            }
            if (hasOpenOffer(household)) {
                continue;
            }
            List<UUID> members = householdMembersToOffer(household);
            offers.create(
                    household,
                    members,
                    request.channel(),
                    request.respondBy(),
                    null,
                    campaign.campaignId,
                    actor);
            householdOffers++;
            persons += members.size();
        }
        for (UUID person : individuals) {
            if (++seen % OFFERS_PER_FLUSH == 0) {
                release();
            }
            offers.create(
                    null,
                    List.of(person),
                    request.channel(),
                    request.respondBy(),
                    null,
                    campaign.campaignId,
                    actor);
            persons++;
        }
        campaign.offersMade = householdOffers + individuals.size();
        campaign.householdOffers = householdOffers;
        campaign.individualOffers = individuals.size();
        campaign.personsOffered = persons;
        campaign.alreadyOpen = alreadyOpen;
        campaign.persist();
        return campaign.result();
    }

    /**
     * Writes what the campaign created so far and forgets it: every native query flushes the whole
     * persistence context first, so offers, journeys and their transitions kept managed for the
     * whole run make each household cost more than the one before (a campaign over 700 households
     * outlived the transaction timeout).
     */
    private void release() {
        entityManager.flush();
        entityManager.clear();
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
