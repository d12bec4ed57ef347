package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.HeldTransaction;
import org.openspacemakers.marketplace.coretest.LockWaits;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A revocation opens the revision's recall in its own transaction: every unit of the revision,
 * shipped or not, every buyer with units told in the order's language what to do, and the units
 * still at the workshop blocked; a unit recorded while the revocation runs is not missed.
 */
@CoreTest
@RecordApplicationEvents
class RecallTest {

    private static final UnitTestEntry PASSED = new UnitTestEntry("2.0.1", UnitTest.Result.PASSED, "");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    Recalls recalls;
    @Autowired
    Reviews reviews;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRevocationRecallsEveryUnitTellsEachBuyerInTheirLanguageAndBlocksTheUnshipped() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order shipped = inAssembly(listing, 2, Locale.FRENCH);
        AssembledUnit delivered1 = fulfilment.recordUnit(shipped.id(), 0, PASSED, maker);
        AssembledUnit delivered2 = fulfilment.recordUnit(shipped.id(), 0, PASSED, maker);
        orders.markTested(shipped.id(), maker);
        orders.ship(shipped.id(), "La Poste", "6A0042", maker);
        Order assembling = inAssembly(listing, 1, Locale.ENGLISH);
        AssembledUnit atWorkshop = fulfilment.recordUnit(assembling.id(), 0, PASSED, maker);
        Order notStarted = orders.confirmBankTransfer(place(listing, 1, Locale.ENGLISH).id(), admin());
        events.clear();

        reviews.revoke(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(), "thermocouple input not isolated");

        Recall recall = recalls.ofRevision(listing.revision().id()).orElseThrow();
        assertThat(recall.reason()).isEqualTo("thermocouple input not isolated");
        assertThat(recall.bomHash()).hasSize(64);
        assertThat(recall.units()).extracting(Recall.RecalledUnit::serial)
                .containsExactlyInAnyOrder(delivered1.serial(), delivered2.serial(), atWorkshop.serial());
        assertThat(recall.units()).filteredOn(Recall.RecalledUnit::blocked).extracting(Recall.RecalledUnit::serial)
                .containsExactly(atWorkshop.serial());
        assertThat(recall.notices()).extracting(Recall.Notice::orderId, Recall.Notice::language, Recall.Notice::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(shipped.id(), Locale.FRENCH, Recall.Action.STOP_AND_RETURN),
                        org.assertj.core.groups.Tuple.tuple(assembling.id(), Locale.ENGLISH, Recall.Action.NOT_SHIPPED));
        assertThat(recall.noticeFor(notStarted.id())).as("no unit of it was assembled: its hold tells its buyer").isEmpty();
        assertThat(events.stream(RecallNoticeIssued.class)).extracting(RecallNoticeIssued::buyerId, RecallNoticeIssued::serials)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(shipped.buyerId(), List.of(delivered1.serial(), delivered2.serial())),
                        org.assertj.core.groups.Tuple.tuple(assembling.buyerId(), List.of(atWorkshop.serial())));

        assertThat(fulfilment.unit(assembling, atWorkshop.serial()).orElseThrow().blocked()).isTrue();
        assertThat(fulfilment.unit(shipped, delivered1.serial()).orElseThrow().blocked()).isFalse();
        assertThat(status(assembling)).isEqualTo(OrderStatus.ON_HOLD);
        assertThatThrownBy(() -> fulfilment.retestUnit(assembling.id(), atWorkshop.serial(), PASSED, maker))
                .isInstanceOf(OrderTransitionRefused.class);
        assertThat(recalls.of(shipped)).extracting(Recall::id).containsExactly(recall.id());
        assertThat(recalls.all()).extracting(Recall::id).contains(recall.id());
    }

    /**
     * A unit being recorded holds its order's lock: the revocation waits for it, then lists and
     * blocks the unit. No unit of a revoked revision escapes its recall.
     */
    @Test
    void aUnitRecordedWhileTheRevocationRunsIsRecalled() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order order = inAssembly(listing, 1, Locale.ENGLISH);
        UUID reviewer = fixtures.user(Role.REVIEWER).id();
        AssembledUnit unit;
        try (HeldTransaction<AssembledUnit> recording = HeldTransaction.open(new TransactionTemplate(transactions),
                () -> fulfilment.recordUnit(order.id(), 0, PASSED, maker))) {
            CompletableFuture<?> revocation = CompletableFuture.runAsync(
                    () -> reviews.revoke(RevisionRef.of(listing.revision().id()), reviewer, "unsafe"));
            LockWaits.awaitWaiting(jdbc, 1);
            assertThat(revocation).isNotDone();
            unit = recording.commit();
            revocation.get(1, TimeUnit.MINUTES);
        }
        Recall recall = recalls.ofRevision(listing.revision().id()).orElseThrow();
        assertThat(recall.units()).extracting(Recall.RecalledUnit::serial, Recall.RecalledUnit::blocked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(unit.serial(), true));
        assertThat(recall.notices()).extracting(Recall.Notice::orderId).containsExactly(order.id());
    }

    private Order inAssembly(Fixtures.Listing listing, int boards, Locale language) {
        Order paid = orders.confirmBankTransfer(place(listing, boards, language).id(), admin());
        return orders.startAssembly(paid.id(), Orders.Actor.person(listing.maker().id()));
    }

    private Order place(Fixtures.Listing listing, int boards, Locale language) {
        CountryCode france = CountryCode.of("FR");
        return orders.place(new PlaceOrder(fixtures.user(Role.BUYER).id(), key(),
                List.of(new PlaceOrder.Line(listing.fullKit().id(), boards)), france, BuyerType.CONSUMER,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france), Set.of(), null, null,
                null, false, false, language)).order();
    }

    private Orders.Actor admin() {
        return Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
    }

    private OrderStatus status(Order order) {
        return orders.findForViewer(order.id(), order.buyerId(), false).orElseThrow().status();
    }
}
