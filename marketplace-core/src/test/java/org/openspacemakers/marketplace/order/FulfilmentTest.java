package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openspacemakers.marketplace.order.OrderRequests.boards;
import static org.openspacemakers.marketplace.order.OrderRequests.key;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.books.Books;
import org.openspacemakers.marketplace.books.VolunteerTime;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A team's fulfilment on the real database: each unit gets a serial number of its own (also when
 * teams record units at the same time), linked to the revision's BOM hash, the firmware and who
 * assembled it; no order is TESTED until each board has a unit that passed; the assembly-only
 * checklist records missing parts and moves the order on once every part is in.
 */
@CoreTest
@RecordApplicationEvents
class FulfilmentTest {

    private static final UnitTestEntry PASSED = new UnitTestEntry("fw-1.2.0", UnitTest.Result.PASSED, "all channels read 21 C");
    private static final UnitTestEntry FAILED = new UnitTestEntry("fw-1.2.0", UnitTest.Result.FAILED, "channel 2 open");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    BoardQueries catalog;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Books books;
    @Autowired
    VolunteerTime volunteerTime;

    @Test
    void eachUnitGetsAReadableSerialLinkedToTheRevisionItsBomHashFirmwareAndAssembler() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order order = paidInAssembly(listing, 2);

        AssembledUnit first = fulfilment.recordUnit(order.id(), 0, PASSED, maker);
        AssembledUnit second = fulfilment.recordUnit(order.id(), 0, FAILED, maker);

        assertThat(first.serial()).matches("BOARD-1\\.0-\\d{5}");
        assertThat(second.serial()).isNotEqualTo(first.serial()).startsWith("BOARD-1.0-");
        assertThat(Integer.parseInt(second.serial().substring(10))).isGreaterThan(Integer.parseInt(first.serial().substring(10)));
        assertThat(first.bomHash()).hasSize(64).isEqualTo(catalog.revision(listing.revision().id()).orElseThrow().bomHash()
                .orElseThrow());
        assertThat(first.revisionId()).isEqualTo(listing.revision().id());
        assertThat(first.assembledBy()).isEqualTo(listing.maker().id());
        assertThat(first.firmwareVersion()).isEqualTo("fw-1.2.0");
        assertThat(first.lastTest().notes()).isEqualTo("all channels read 21 C");
        assertThat(second.passing()).isFalse();
        assertThat(fulfilment.unitsOf(order)).extracting(AssembledUnit::serial).containsExactly(first.serial(), second.serial());
    }

    @Test
    void theMinutesSpentOnAUnitAreKeptOnItAndAReworkAddsToThem() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order order = paidInAssembly(listing, 2);

        AssembledUnit timed = fulfilment.recordUnit(order.id(), 0,
                new UnitTestEntry("fw-1.2.0", UnitTest.Result.FAILED, "channel 2 open", 45, 10), maker);
        AssembledUnit untimed = fulfilment.recordUnit(order.id(), 0, PASSED, maker);
        fulfilment.retestUnit(order.id(), timed.serial(),
                new UnitTestEntry("fw-1.2.0", UnitTest.Result.PASSED, "reflowed U1", 15, 5), maker);

        AssembledUnit reworked = fulfilment.unit(order, timed.serial()).orElseThrow();
        assertThat(reworked.assemblyMinutes()).contains(60);
        assertThat(reworked.testMinutes()).contains(15);
        assertThat(untimed.assemblyMinutes()).as("none entered").isEmpty();
        assertThat(untimed.testMinutes()).isEmpty();
        assertThat(volunteerTime.minutesByBoard(books.currentYear())).as("what the treasurer's books count")
                .containsEntry(listing.board().id(), 75L);
        assertThat(volunteerTime.minutesByBoard(books.currentYear() - 1)).doesNotContainKey(listing.board().id());
        assertThatThrownBy(() -> new UnitTestEntry("fw", UnitTest.Result.PASSED, "", -1, 1441))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("assemblyMinutes", "testMinutes"));
    }

    @Test
    void theOrderIsNotTestedUntilEveryBoardHasAUnitThatPassed() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order order = paidInAssembly(listing, 2);
        fulfilment.recordUnit(order.id(), 0, PASSED, maker);
        AssembledUnit failed = fulfilment.recordUnit(order.id(), 0, FAILED, maker);

        assertThatThrownBy(() -> orders.markTested(order.id(), maker)).isInstanceOfSatisfying(Conflict.class, refused -> {
            assertThat(refused.code()).isEqualTo(Conflict.INVALID_STATE);
            assertThat(refused.key()).isEqualTo("conflict.order.untested");
            assertThat(refused.arguments()).first().isEqualTo(1);
        });
        assertThat(status(order)).isEqualTo(OrderStatus.IN_ASSEMBLY);

        fulfilment.retestUnit(order.id(), failed.serial(), new UnitTestEntry("fw-1.2.1", UnitTest.Result.PASSED, "reflowed U1"),
                maker);
        assertThatThrownBy(() -> fulfilment.recordUnit(order.id(), 0, PASSED, maker)).as("a third passing unit for two boards")
                .isInstanceOfSatisfying(UnitRefused.class, refused -> assertThat(refused.key()).isEqualTo("conflict.unit.enoughPassed"));
        assertThat(orders.markTested(order.id(), maker).status()).isEqualTo(OrderStatus.TESTED);
        AssembledUnit reworked = fulfilment.unit(order, failed.serial()).orElseThrow();
        assertThat(reworked.tests()).extracting(UnitTest::result).containsExactly(UnitTest.Result.FAILED, UnitTest.Result.PASSED);
        assertThat(reworked.firmwareVersion()).isEqualTo("fw-1.2.1");

        orders.ship(order.id(), "La Poste", "6A0001", maker);
        assertThat(fulfilment.unitsOf(order)).allSatisfy(unit -> assertThat(unit.shippedAt()).isPresent());
    }

    @Test
    void unitsAreRecordedOnlyInAssemblyByTheLinesTeamAndNamingAKnownLine() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Order paid = orders.confirmBankTransfer(place(listing, 1).id(), admin());

        assertThatThrownBy(() -> fulfilment.recordUnit(paid.id(), 0, PASSED, maker)).isInstanceOf(OrderTransitionRefused.class);
        orders.startAssembly(paid.id(), maker);
        assertThatThrownBy(() -> fulfilment.recordUnit(paid.id(), 1, PASSED, maker))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("lineNo"));
        assertThatThrownBy(() -> fulfilment.recordUnit(paid.id(), 0, PASSED,
                Orders.Actor.person(fixtures.user(Role.MAKER).id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> new UnitTestEntry(" ", null, "x".repeat(1001))).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("firmwareVersion", "result", "notes"));
        assertThat(fulfilment.unitsOf(paid)).isEmpty();
    }

    /** Teams recording units of boards whose serials share a prefix, all at once: every serial is new. */
    @Test
    void unitsRecordedAtOnceForManyOrdersGetDistinctSerials() throws Exception {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        List<Callable<AssembledUnit>> recordings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Order order = paidInAssembly(listing, 2);
            recordings.add(() -> fulfilment.recordUnit(order.id(), 0, PASSED, maker));
            recordings.add(() -> fulfilment.recordUnit(order.id(), 0, PASSED, maker));
        }

        List<Race.Outcome<AssembledUnit>> outcomes = Race.run(recordings);

        assertThat(outcomes).as(Race.describe(outcomes)).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
        assertThat(outcomes.stream().map(outcome -> outcome.value().serial()).distinct()).hasSize(16);
    }

    @Test
    void theLeadTimeShownAtPlacementIsKeptAndGivesTheDueDateFromPayment() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Order placed = place(listing, 1);
        assertThat(placed.leadTimeDays()).contains(7);
        assertThat(placed.dueAt()).isEmpty();

        Order paid = orders.confirmBankTransfer(placed.id(), admin());

        assertThat(paid.dueAt()).contains(paid.payment().orElseThrow().at().plus(Duration.ofDays(7)));
        assertThat(orders.waitingFor(listing.team().id())).extracting(Order::id).containsExactly(paid.id());
    }

    @Test
    void theTeamTicksTheBuyersPartsRecordsWhatIsMissingAndMovesOnOnceEveryPartIsIn() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.listing().maker().id());
        Order order = orders.confirmBankTransfer(orders.place(boards(fixtures.user(Role.BUYER).id(), key(),
                listing.assemblyOnly().id(), 3)).order().id(), admin());
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PARTS);

        List<Fulfilment.ChecklistRow> checklist = fulfilment.checklist(order);
        assertThat(checklist).extracting(row -> row.part().referenceText() + "=" + row.part().mpn() + " x" + row.part().needed())
                .containsExactly("R1 R2=RC0603FR-0710KL x6", "U1=MAX31856MUD+T x3");
        assertThat(checklist).allSatisfy(row -> assertThat(row.check()).isEmpty());
        assertThatThrownBy(() -> orders.receiveParts(order.id(), "", maker)).as("not before every part is ticked")
                .isInstanceOfSatisfying(Conflict.class, refused -> assertThat(refused.key()).isEqualTo("conflict.order.partsAwaited"));

        events.clear();
        Order waiting = fulfilment.checkParts(order.id(), List.of(
                new PartTick(0, 0, PartCheck.Status.RECEIVED, "RC0603FR-0710KL", ""),
                new PartTick(0, 1, PartCheck.Status.WRONG, "MAX31855KASA+T", "a MAX31855 came instead")), maker);

        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_PARTS);
        assertThat(waiting.steps().get(waiting.steps().size() - 1)).satisfies(step -> {
            assertThat(step.event()).isEqualTo("PARTS_PROBLEM");
            assertThat(step.note()).contains("U1 MAX31856MUD+T: WRONG MAX31855KASA+T (a MAX31855 came instead)");
        });
        assertThat(events.stream(PartsProblemFound.class)).singleElement().satisfies(found -> {
            assertThat(found.orderId()).isEqualTo(order.id());
            assertThat(found.buyerId()).isEqualTo(order.buyerId());
            assertThat(found.problems()).extracting(PartsProblemFound.Problem::references).containsExactly("U1");
        });
        assertThat(fulfilment.checklist(order)).extracting(row -> row.check().orElseThrow().status())
                .containsExactly(PartCheck.Status.RECEIVED, PartCheck.Status.WRONG);
        Order again = fulfilment.checkParts(order.id(), List.of(
                new PartTick(0, 1, PartCheck.Status.WRONG, "MAX31855KASA+T", "a MAX31855 came instead")), maker);
        assertThat(again.steps()).as("the same tick sent again tells nothing twice").hasSameSizeAs(waiting.steps());
        assertThat(events.stream(PartsProblemFound.class)).hasSize(1);
        assertThatThrownBy(() -> fulfilment.checkParts(order.id(), List.of(
                new PartTick(0, 1, PartCheck.Status.RECEIVED, "MAX31855KASA+T", "")), maker)).as("not an accepted MPN")
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("parts[0].receivedMpn"));
        assertThatThrownBy(() -> fulfilment.checkParts(order.id(), List.of(
                new PartTick(0, 2, PartCheck.Status.RECEIVED, "", "")), maker))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("parts[0].itemNo"));

        Order received = fulfilment.checkParts(order.id(), List.of(
                new PartTick(0, 1, PartCheck.Status.RECEIVED, "max31856mud+t", "replacement parcel")), maker);

        assertThat(received.status()).isEqualTo(OrderStatus.PARTS_RECEIVED);
        assertThat(orders.startAssembly(order.id(), maker).status()).isEqualTo(OrderStatus.IN_ASSEMBLY);
    }

    private Order paidInAssembly(Fixtures.Listing listing, int boards) {
        Order paid = orders.confirmBankTransfer(place(listing, boards).id(), admin());
        return orders.startAssembly(paid.id(), Orders.Actor.person(listing.maker().id()));
    }

    private Order place(Fixtures.Listing listing, int boards) {
        return orders.place(boards(fixtures.user(Role.BUYER).id(), key(), listing.fullKit().id(), boards)).order();
    }

    private Orders.Actor admin() {
        return Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
    }

    private OrderStatus status(Order order) {
        return orders.findForViewer(order.id(), order.buyerId(), false).orElseThrow().status();
    }
}
