package org.openspacemakers.marketplace.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.database.Utc;
import org.openspacemakers.marketplace.invoice.Numbering;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Donations on the real database: pledged with every field checked, received with a receipt
 * numbered in a series of its own, without gaps whatever the confirmations racing, and the months'
 * totals the books read.
 */
@CoreTest
class DonationsTest {

    @Autowired
    Donations donations;
    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void receiptsTakeTheYearsNextNumbersOfTheirOwnSeriesAndLeaveTheInvoicesAlone() {
        int year = thisYear();
        long invoicesBefore = lastNumber("INVOICE", year);
        long before = lastNumber("DONATION_RECEIPT", year);

        List<String> numbers = LongStream.range(0, 3)
                .mapToObj(i -> donations.receive(pledge(2000).donation().id(), null, null).receiptNumber().orElseThrow())
                .toList();

        assertThat(numbers).containsExactly(LongStream.rangeClosed(before + 1, before + 3)
                .mapToObj(n -> String.format("D%d-%06d", year, n)).toArray(String[]::new));
        assertThat(lastNumber("INVOICE", year)).as("invoices not touched").isEqualTo(invoicesBefore);
    }

    @Test
    void twoDonationsReceivedAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        UUID first = pledge(1000).donation().id();
        UUID second = pledge(1500).donation().id();
        int year = thisYear();
        long before = lastNumber("DONATION_RECEIPT", year);

        List<Race.Outcome<String>> outcomes = Race.run(List.of(
                (Callable<String>) () -> donations.receive(first, null, null).receiptNumber().orElseThrow(),
                () -> donations.receive(second, null, null).receiptNumber().orElseThrow()));

        assertThat(outcomes).as(Race.describe(outcomes)).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().map(Race.Outcome::value).toList()).containsExactlyInAnyOrder(
                String.format("D%d-%06d", year, before + 1), String.format("D%d-%06d", year, before + 2));
    }

    @Test
    void aDonationConfirmedTwiceAtOnceIsReceivedOnceWithOneNumber() throws Exception {
        UUID donation = pledge(5000).donation().id();
        int year = thisYear();
        long before = lastNumber("DONATION_RECEIPT", year);

        List<Race.Outcome<String>> outcomes = Race.run(List.of(
                (Callable<String>) () -> donations.receive(donation, null, null).receiptNumber().orElseThrow(),
                () -> donations.receive(donation, null, null).receiptNumber().orElseThrow()));

        assertThat(outcomes.stream().filter(Race.Outcome::succeeded).count()).as(Race.describe(outcomes)).isEqualTo(1);
        assertThat(outcomes.stream().filter(outcome -> !outcome.succeeded()).map(Race.Outcome::failure))
                .allMatch(DonationTransitionRefused.class::isInstance);
        assertThat(lastNumber("DONATION_RECEIPT", year)).isEqualTo(before + 1);
    }

    @Test
    void receivingIssuesThePdfAndQueuesTheDonorsMailAndNothingMovesAfterwards() {
        Donations.Pledged pledged = pledge(2500);
        assertThat(donations.receipt(pledged.token())).as("no receipt before the money").isEmpty();
        assertThat(mails.byKey("donation:" + pledged.donation().id() + ":PENDING")).get()
                .satisfies(mail -> assertThat(mail.text()).contains(pledged.donation().reference(), "/donations/" + pledged.token()));

        Donation received = donations.receive(pledged.donation().id(), LocalDate.now(clock.withZone(Numbering.ZONE)), null);

        assertThat(received.status()).isEqualTo(DonationStatus.RECEIVED);
        assertThat(donations.receipt(pledged.token())).get().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("recu-don-" + received.receiptNumber().orElseThrow() + ".pdf");
            assertThat(new String(file.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        assertThat(mails.byKey("donation:" + received.id() + ":RECEIVED")).get()
                .satisfies(mail -> assertThat(mail.text()).contains(received.receiptNumber().orElseThrow(), "/receipt"));
        assertThatThrownBy(() -> donations.cancel(received.id())).isInstanceOf(DonationTransitionRefused.class);
        assertThatThrownBy(() -> donations.receive(received.id(), null, null)).isInstanceOf(DonationTransitionRefused.class);
    }

    @Test
    void aDonationWhoseMoneyNeverCameForgetsItsDonorAfterNinetyDaysAndAReceivedOneStaysWhole() {
        Donation pending = donations.pledge(named("Pending Ada")).donation();
        Donation calledOff = donations.pledge(named("Called-off Ada")).donation();
        donations.cancel(calledOff.id());
        Donation received = donations.pledge(named("Received Ada")).donation();
        donations.receive(received.id(), LocalDate.now(clock.withZone(Numbering.ZONE)), null);
        Donation young = donations.pledge(named("Young Ada")).donation();
        for (Donation old : List.of(pending, calledOff, received)) {
            jdbc.update("UPDATE donations SET pledged_at = ? WHERE id = ?",
                    Utc.of(clock.instant().minus(Donations.UNRECEIVED_KEPT).minusSeconds(60)), old.id().toString());
        }
        jdbc.update("UPDATE donations SET pledged_at = ? WHERE id = ?",
                Utc.of(clock.instant().minus(Donations.UNRECEIVED_KEPT).plusSeconds(3600)), young.id().toString());

        assertThat(donations.forgetUnreceived()).isGreaterThanOrEqualTo(2);

        assertThat(donations.byId(pending.id()).orElseThrow()).satisfies(forgotten -> {
            assertThat(forgotten.status()).as("called off").isEqualTo(DonationStatus.CANCELLED);
            assertThat(forgotten.donorName()).isEmpty();
            assertThat(forgotten.donorEmail()).isEmpty();
            assertThat(forgotten.donorAddress()).isEmpty();
            assertThat(forgotten.amount()).isEqualTo(Money.euros(2_500));
        });
        assertThat(donations.byId(calledOff.id()).orElseThrow().donorEmail()).isEmpty();
        assertThat(donations.byId(received.id()).orElseThrow().donorName()).isEqualTo("Received Ada");
        assertThat(donations.byId(young.id()).orElseThrow()).satisfies(kept -> {
            assertThat(kept.status()).isEqualTo(DonationStatus.PENDING);
            assertThat(kept.donorName()).isEqualTo("Young Ada");
        });
        assertThat(donations.forgetUnreceived()).as("nothing left to forget").isZero();
    }

    private static Pledge named(String name) {
        return new Pledge(Money.euros(2_500), name, "ada@example.org", "1 rue de la Paix", null, "75002", "Paris", "FR",
                null, Locale.ENGLISH);
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
        long before = count();

        assertThatThrownBy(() -> donations.pledge(new Pledge(Money.euros(99), " ", "not-an-address", null, null, null,
                null, "ZZZ", null, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactlyInAnyOrder("amount", "name", "email", "country"));
        assertThatThrownBy(() -> donations.pledge(new Pledge(Money.euros(1_000_001), "Ada", "ada@example.org", null, null,
                null, null, null, null, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("amount"));
        assertThatThrownBy(() -> donations.pledge(new Pledge(null, "Ada", "ada@example.org", null, null,
                null, null, null, null, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("amount"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDayOfPaymentInTheFutureIsRefusedAndTakesNoNumber() {
        UUID donation = pledge(1000).donation().id();
        int year = thisYear();
        long before = lastNumber("DONATION_RECEIPT", year);

        assertThatThrownBy(() -> donations.receive(donation, LocalDate.now(clock.withZone(Numbering.ZONE)).plusDays(1), null))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("receivedOn"));

        assertThat(donations.byId(donation).orElseThrow().status()).isEqualTo(DonationStatus.PENDING);
        assertThat(lastNumber("DONATION_RECEIPT", year)).isEqualTo(before);
    }

    @Test
    void theBooksReadWhatWasReceivedEachMonthAndNothingPendingOrCancelled() {
        Year year = Year.of(thisYear());
        YearMonth month = YearMonth.now(clock.withZone(Numbering.ZONE));
        Donations.MonthTotal before = donations.receivedIn(year).get(month.getMonthValue() - 1);

        donations.receive(pledge(1234).donation().id(), null, null);
        donations.receive(pledge(766).donation().id(), null, null);
        pledge(5000);
        donations.cancel(pledge(7000).donation().id());

        List<Donations.MonthTotal> months = donations.receivedIn(year);
        assertThat(months).hasSize(12).extracting(Donations.MonthTotal::month)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(year::atMonth).toList());
        Donations.MonthTotal now = months.get(month.getMonthValue() - 1);
        assertThat(now.total().amountMinor() - before.total().amountMinor()).isEqualTo(2000);
        assertThat(now.count() - before.count()).isEqualTo(2);
        assertThat(donations.receivedIn(year.minusYears(30))).allSatisfy(total -> assertThat(total.count()).isZero());
    }

    @Test
    void aCardPaymentReceivesOnlyACardDonationOfItsAmountOnceAndCountsInTheBooks() {
        UUID card = donations.pledge(new Pledge(Money.euros(3000), "Ada Lovelace", "ada@example.org", null, null, null, null,
                null, null, Locale.FRENCH), PaymentMethod.CARD).donation().id();
        UUID transfer = pledge(3000).donation().id();
        Year year = Year.of(thisYear());
        long booked = donations.receivedIn(year).stream().mapToLong(month -> month.total().amountMinor()).sum();
        long before = lastNumber("DONATION_RECEIPT", year.getValue());

        assertThat(donations.receiveByCard(card, Money.euros(2999), "pi_short", clock.instant()))
                .isEqualTo(Donations.PaidByCard.AMOUNT_DIFFERS);
        assertThat(donations.receiveByCard(transfer, Money.euros(3000), "pi_transfer", clock.instant()))
                .as("a bank transfer donation awaits no card payment").isEqualTo(Donations.PaidByCard.NOT_AWAITED);
        assertThat(donations.receiveByCard(UUID.randomUUID(), Money.euros(3000), "pi_nobody", clock.instant()))
                .isEqualTo(Donations.PaidByCard.UNKNOWN);
        assertThatThrownBy(() -> donations.receive(card, null, null)).as("not by hand").isInstanceOf(DonationTransitionRefused.class);
        assertThat(lastNumber("DONATION_RECEIPT", year.getValue())).isEqualTo(before);

        assertThat(donations.receiveByCard(card, Money.euros(3000), "pi_paid", clock.instant()))
                .isEqualTo(Donations.PaidByCard.RECEIVED);
        assertThat(donations.receiveByCard(card, Money.euros(3000), "pi_again", clock.instant()))
                .isEqualTo(Donations.PaidByCard.NOT_AWAITED);

        Donation received = donations.byId(card).orElseThrow();
        assertThat(received.status()).isEqualTo(DonationStatus.RECEIVED);
        assertThat(received.paidReference()).contains("pi_paid");
        assertThat(received.receivedOn()).contains(clock.instant().atZone(Numbering.ZONE).toLocalDate());
        assertThat(lastNumber("DONATION_RECEIPT", year.getValue())).isEqualTo(before + 1);
        assertThat(donations.receivedIn(year).stream().mapToLong(month -> month.total().amountMinor()).sum())
                .as("in the books like any received donation").isEqualTo(booked + 3000);
    }

    private Donations.Pledged pledge(long cents) {
        return donations.pledge(new Pledge(Money.euros(cents), "Ada Lovelace", "ada@example.org", null, null, null, null,
                null, null, Locale.FRENCH));
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM donations", Long.class);
    }

    private int thisYear() {
        return clock.instant().atZone(Numbering.ZONE).getYear();
    }

    private long lastNumber(String series, int year) {
        return jdbc.queryForList("SELECT last_seq FROM document_counters WHERE series = ? AND issue_year = ?", Long.class,
                series, year).stream().findFirst().orElse(0L);
    }
}
