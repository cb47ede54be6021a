package org.evac.scenario.play;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.client.coordination.api.CampaignsApi;
import org.evac.client.coordination.api.OffersApi;
import org.evac.client.coordination.api.SeatAllocationApi;
import org.evac.client.coordination.model.AcceptOffer;
import org.evac.client.coordination.model.AllocationPlan;
import org.evac.client.coordination.model.AllocationRequest;
import org.evac.client.coordination.model.CampaignRequest;
import org.evac.client.coordination.model.CampaignResult;
import org.evac.client.coordination.model.Channel;
import org.evac.client.coordination.model.DeclineOffer;
import org.evac.client.coordination.model.DeclineReason;
import org.evac.client.coordination.model.Offer;
import org.evac.client.coordination.model.OfferPage;
import org.evac.client.coordination.model.OfferStatus;
import org.evac.scenario.api.Keys;
import org.evac.scenario.api.Services;
import org.evac.scenario.population.Household;
import org.evac.scenario.population.Member;

/**
 * departure-coordination's side: the campaign that offers everyone eligible a seat, each family's
 * answer on the phone, and the seat allocation.
 */
public final class CoordinationDesk {

    private final Services services;
    private final Ledger ledger;
    private final Findings findings;
    private final Parallel desks;

    public CoordinationDesk(Services services, Ledger ledger, Findings findings, Parallel desks) {
        this.services = services;
        this.ledger = ledger;
        this.findings = findings;
        this.desks = desks;
    }

    /** Offers a seat to every eligible, verified person, household by household. */
    public void campaign() {
        String key = Keys.fresh();
        CampaignResult result =
                services.coordination()
                        .call(
                                c ->
                                        new CampaignsApi(c)
                                                .startCampaign(
                                                        new CampaignRequest()
                                                                .channel(Channel.PHONE)
                                                                .respondBy(
                                                                        OffsetDateTime.now(
                                                                                        ZoneOffset
                                                                                                .UTC)
                                                                                .plusDays(3)
                                                                                .truncatedTo(
                                                                                        ChronoUnit
                                                                                                .SECONDS)),
                                                        key));
        System.out.printf(
                "[scenario] campaign: %d household offers, %d individual offers, %d persons%n",
                result.getHouseholdOffers(),
                result.getIndividualOffers(),
                result.getPersonsOffered());
        findings.expectEqual(
                "campaign",
                "persons offered (every eligible, verified person)",
                ledger.offerable().size(),
                result.getPersonsOffered());
    }

    /**
     * Every open offer is answered as the family answers on the phone: six in ten accept (now and
     * then leaving a grown child behind), one in eight declines, the rest have not decided yet.
     */
    public void answerOffers() {
        List<Offer> open = openOffers();
        desks.forEach(
                open,
                offer -> {
                    Household household = ledger.household(offer.getHouseholdId()).orElseThrow();
                    List<Member> offered =
                            offer.getPersonIds().stream()
                                    .map(id -> ledger.member(id).orElseThrow())
                                    .toList();
                    offered.forEach(ledger::offered);
                    int answer = Math.floorMod(household.key() * 37, 100);
                    boolean mustAccept =
                            household
                                    .members()
                                    .contains(ledger.population().expiredPassportHolder());
                    if (answer < 60 || mustAccept) {
                        accept(offer, household, offered);
                    } else if (answer < 72) {
                        decline(offer, household, offered);
                    }
                });
    }

    /** Seats every accepted household on the upcoming flights; returns the applied plan. */
    public AllocationPlan allocate() {
        String key = Keys.fresh();
        AllocationPlan plan =
                services.coordination()
                        .call(
                                c ->
                                        new SeatAllocationApi(c)
                                                .applyAllocation(new AllocationRequest(), key));
        System.out.printf(
                "[scenario] allocation: %d persons seated, %d waiting, %d moving%n",
                plan.getPersonsSeated(), plan.getPersonsWaiting(), plan.getPersonsMoving());
        return plan;
    }

    private void accept(Offer offer, Household household, List<Member> offered) {
        List<UUID> stayingBehind = new ArrayList<>();
        Member last = offered.get(offered.size() - 1);
        if (household.key() % 12 == 5
                && offered.size() >= 3
                && !last.equals(ledger.population().expiredPassportHolder())) {
            stayingBehind.add(ledger.personId(last));
        }
        String key = Keys.fresh();
        services.coordination()
                .call(
                        c ->
                                new OffersApi(c)
                                        .acceptOffer(
                                                offer.getOfferId(),
                                                key,
                                                new AcceptOffer().stayingBehindIds(stayingBehind)));
        for (Member member : offered) {
            if (stayingBehind.contains(ledger.personId(member))) {
                ledger.declined(member);
            } else {
                ledger.accepted(member);
            }
        }
    }

    private void decline(Offer offer, Household household, List<Member> offered) {
        boolean family = household.hasMemberWhoMayNotLeave();
        String key = Keys.fresh();
        services.coordination()
                .call(
                        c ->
                                new OffersApi(c)
                                        .declineOffer(
                                                offer.getOfferId(),
                                                new DeclineOffer()
                                                        .reason(
                                                                family
                                                                        ? DeclineReason
                                                                                .WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY
                                                                        : DeclineReason
                                                                                .WANTS_LATER_DATE)
                                                        .note(
                                                                family
                                                                        ? "will not leave the"
                                                                                + " grandmother"
                                                                        : "after the school year"),
                                                key));
        offered.forEach(ledger::declined);
    }

    private List<Offer> openOffers() {
        List<Offer> offers = new ArrayList<>();
        for (int page = 0; ; page++) {
            int index = page;
            OfferPage found =
                    services.coordination()
                            .call(
                                    c ->
                                            new OffersApi(c)
                                                    .listOffers(
                                                            null,
                                                            index,
                                                            null,
                                                            200,
                                                            OfferStatus.OFFERED));
            offers.addAll(found.getItems());
            if (found.getItems().isEmpty() || offers.size() >= found.getTotal()) {
                return offers;
            }
        }
    }
}
