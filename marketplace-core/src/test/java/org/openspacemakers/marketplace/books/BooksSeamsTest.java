package org.openspacemakers.marketplace.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The books' seams: a bean implementing {@link DonationTotals} (the donation module, later) is what
 * the books count as donations, month by month, towards the budget target of the configuration; a
 * bean implementing {@link VolunteerTime} gives the volunteers' minutes per board (here in place of
 * {@link RecordedMinutes}, the store's own). (Without donations the books count none: {@code BooksTest}
 * in the web module.)
 */
@CoreTest
@Import(BooksSeamsTest.Seams.class)
@TestPropertySource(properties = "marketplace.association.budget-target=1000.00")
class BooksSeamsTest {

    static final UUID BOARD = UUID.randomUUID();

    @Autowired
    Books books;

    @TestConfiguration
    static class Seams {

        @Bean
        @Primary
        DonationTotals givenDonations() {
            return year -> Map.of(YearMonth.of(year, 3), Money.euros(1_234), YearMonth.of(year, 11), Money.euros(10_000));
        }

        @Bean
        @Primary
        VolunteerTime recordedTime() {
            return year -> Map.of(BOARD, 90L);
        }
    }

    @Test
    void donationsAndMinutesComeFromTheBeansThatImplementTheSeams() {
        int year = books.currentYear();
        YearFigures figures = books.year(year);

        assertThat(figures.budgetTarget()).isEqualTo(Money.euros(100_000));
        assertThat(figures.donations()).isEqualTo(Money.euros(11_234));
        assertThat(figures.months().get(2).donations()).isEqualTo(Money.euros(1_234));
        assertThat(figures.months().get(10).donations()).isEqualTo(Money.euros(10_000));
        assertThat(figures.months().get(0).donations()).isEqualTo(Money.euros(0));
        assertThat(figures.funded()).isEqualTo(figures.fundedBySales().plus(Money.euros(11_234)));
        assertThat(figures.percentOfTarget()).isEqualTo((int) (figures.funded().amountMinor() * 100 / 100_000));
        assertThat(figures.volunteerMinutes(BOARD)).contains(90L);
        assertThat(figures.volunteerMinutes(UUID.randomUUID())).isEmpty();
    }
}
