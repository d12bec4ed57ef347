package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.TeamPause;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team that paused taking orders takes none, with the day it takes them again as the reason,
 * alongside every other reason; orders placed before are untouched; a pause committed while an order
 * is being placed refuses it; and past the booking share, lead times grow rather than weeks overbook.
 */
@CoreTest
class PausedTeamTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPausedTeamRefusesOrdersNamingTheDayItTakesThemAgain() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        LocalDate until = teams.today().plusDays(14);
        teams.pause(listing.maker().id(), listing.team().slug(), until);

        assertThatThrownBy(() -> orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 1)))
                .isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                        .containsExactly(Refusal.of(RefusalCode.TEAM_PAUSED, until.toString())));
        assertThat(queue.queuedBoards(listing.team().id())).isZero();
    }

    @Test
    void thePauseIsOneReasonAmongEveryOther() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.pause(listing.maker().id(), listing.team().slug(), teams.today().plusDays(3));
        CountryCode germany = CountryCode.of("DE");
        PlaceOrder toGermany = new PlaceOrder(fixtures.user(Role.BUYER).id(), key(),
                List.of(new PlaceOrder.Line(listing.fullKit().id(), 1)), germany, BuyerType.CONSUMER,
                new ShippingAddress("Ada Lovelace", "Unter den Linden 1", "", "10117", "Berlin", germany), Set.of(), null);

        assertThatThrownBy(() -> orders.place(toGermany)).isInstanceOfSatisfying(OrderRefused.class,
                refused -> assertThat(refused.reasons()).extracting(Refusal::code)
                        .contains(RefusalCode.NOT_APPROVED_FOR_COUNTRY, RefusalCode.TEAM_PAUSED));
    }

    @Test
    void ordersPlacedBeforeThePauseKeepTheirBoardsAndResumingTakesOrdersAgain() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Placement before = orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 2));

        teams.pause(listing.maker().id(), listing.team().slug(), teams.today().plusDays(7));

        assertThat(orders.findForViewer(before.order().id(), before.order().buyerId(), false))
                .hasValueSatisfying(order -> assertThat(order.status()).isEqualTo(before.order().status()));
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(2);

        teams.resume(listing.maker().id(), listing.team().slug());
        assertThat(orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 1)).created()).isTrue();
        assertThat(teams.pausesOf(listing.team().id())).extracting(TeamPause::action, TeamPause::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TeamPause.Action.PAUSED, listing.maker().id()),
                org.assertj.core.groups.Tuple.tuple(TeamPause.Action.RESUMED, listing.maker().id()));
    }

    /**
     * The placement waits for the team's lock, held by the pause until it commits, then reads the
     * pause (READ COMMITTED, the team's row read under its lock) and is refused: no order gets
     * through after the pause is committed.
     */
    @Test
    void aPlacementWaitingForTheTeamSeesThePauseCommittedMeanwhile() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        LocalDate until = teams.today().plusDays(5);
        try (HeldTransaction<Object> pausing = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> teams.pause(listing.maker().id(), listing.team().slug(), until))) {
            CompletableFuture<Placement> placement = CompletableFuture.supplyAsync(
                    () -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(placement).isNotDone();

            pausing.commit();
            assertThat(placement).failsWithin(1, TimeUnit.MINUTES).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(OrderRefused.class, refused -> assertThat(refused.reasons())
                            .containsExactly(Refusal.of(RefusalCode.TEAM_PAUSED, until.toString())));
        }
        assertThat(queue.queuedBoards(listing.team().id())).isZero();
    }

    /** A pause waits for the order being placed: that order was placed before the pause, and stands. */
    @Test
    void aPauseWaitsForThePlacementInProgressWhichStands() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        UUID buyer = fixtures.user(Role.BUYER).id();
        try (HeldTransaction<Placement> placing = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> orders.place(boards(buyer, key(), listing.fullKit().id(), 1)))) {
            CompletableFuture<Object> pause = CompletableFuture.supplyAsync(
                    () -> teams.pause(listing.maker().id(), listing.team().slug(), teams.today().plusDays(5)));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(pause).isNotDone();

            assertThat(placing.commit().created()).isTrue();
            assertThat(pause).succeedsWithin(1, TimeUnit.MINUTES);
        }
        assertThat(queue.queuedBoards(listing.team().id())).isEqualTo(1);
        assertThat(teams.byId(listing.team().id()).orElseThrow().pausedOn(teams.today())).isPresent();
    }

    @Test
    void pastTheBookingShareOfAWeekTheLeadTimeOfANewOrderGrows() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 10, 8);
        assertThat(queue.bookingShare()).as("the default share").isEqualTo(0.8);

        Placement first = orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 8));
        Placement second = orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), 1));

        assertThat(first.order().leadTimeDays()).contains(7);
        assertThat(second.order().leadTimeDays()).as("8 of 10 booked this week: next week, not this one").contains(14);
        assertThat(AssemblyQueue.leadTimeDays(teams.byId(listing.team().id()).orElseThrow(), 8, 1.0))
                .as("at full capacity it would have fitted this week").isEqualTo(7);
    }
}
