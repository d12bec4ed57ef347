package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lead-time arithmetic: each week booked to the share of its capacity, the queue spread over more weeks. */
class AssemblyQueueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void eachWeekBooksTheShareOfItsCapacityRoundedDownButAtLeastOneBoard() {
        assertThat(AssemblyQueue.bookablePerWeek(10, 0.8)).isEqualTo(8);
        assertThat(AssemblyQueue.bookablePerWeek(10, 1.0)).isEqualTo(10);
        assertThat(AssemblyQueue.bookablePerWeek(100, 0.29)).as("no floating-point loss").isEqualTo(29);
        assertThat(AssemblyQueue.bookablePerWeek(3, 0.8)).isEqualTo(2);
        assertThat(AssemblyQueue.bookablePerWeek(1, 0.8)).as("a team of one board a week still sells it").isEqualTo(1);
    }

    @Test
    void leadTimesGrowOnceTheWeeksAreBookedToTheShare() {
        // 10 a week, 80 %: 8 boards a week are booked.
        assertThat(AssemblyQueue.leadTimeDays(10, 0, 0.8)).isEqualTo(7);
        assertThat(AssemblyQueue.leadTimeDays(10, 7, 0.8)).isEqualTo(7);
        assertThat(AssemblyQueue.leadTimeDays(10, 8, 0.8)).as("the 9th board goes to the next week").isEqualTo(14);
        assertThat(AssemblyQueue.leadTimeDays(10, 8, 1.0)).as("at full capacity it would still fit this week").isEqualTo(7);
        assertThat(AssemblyQueue.leadTimeDays(10, 79, 0.8)).isEqualTo(70);
        assertThat(AssemblyQueue.leadTimeDays(10, 79, 1.0)).isEqualTo(56);
    }

    @Test
    void theQueueFallsOverTheComingWeeksAndWhatIsLeftLiesBeyondTheHorizon() {
        AssemblyQueue.Load load = AssemblyQueue.weeks(10, 3, 19, TODAY, 0.8);

        assertThat(load.weeks()).extracting(AssemblyQueue.WeekLoad::booked).containsExactly(8, 8, 3);
        assertThat(load.weeks()).extracting(AssemblyQueue.WeekLoad::from)
                .containsExactly(TODAY, TODAY.plusDays(7), TODAY.plusDays(14));
        assertThat(load.weeks()).allSatisfy(week -> {
            assertThat(week.capacity()).isEqualTo(10);
            assertThat(week.bookable()).isEqualTo(8);
        });
        assertThat(load.weeks().get(0).percentOfCapacity()).isEqualTo(80);
        assertThat(load.beyond()).isZero();

        AssemblyQueue.Load full = AssemblyQueue.weeks(10, 3, 30, TODAY, 0.8);
        assertThat(full.weeks()).extracting(AssemblyQueue.WeekLoad::booked).containsExactly(8, 8, 8);
        assertThat(full.beyond()).as("30 slots on sale, 24 bookable within the horizon").isEqualTo(6);
    }

    @Test
    void theShareIsAboveZeroAndAtMostOneAndDefaultsToEightyPercent() {
        assertThat(new CapacitySettings(null).bookingShare()).isEqualTo(0.8);
        assertThat(new CapacitySettings(1.0).bookingShare()).isEqualTo(1.0);
        assertThatThrownBy(() -> new CapacitySettings(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapacitySettings(1.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
