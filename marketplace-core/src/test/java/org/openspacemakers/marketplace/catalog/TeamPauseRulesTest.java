package org.openspacemakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/** A team's pause: from tomorrow to six months ahead, over by itself on its day, resumed early only while it runs. */
class TeamPauseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final UUID MEMBER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aPauseRunsUntilItsDayAndEndsByItselfOnIt() {
        Team team = new Team(Slug.of("makers"), "Makers");
        LocalDate until = TODAY.plusDays(10);

        team.pause(until, TODAY, MEMBER, NOW);

        assertThat(team.pausedOn(TODAY)).contains(until);
        assertThat(team.pausedOn(until.minusDays(1))).contains(until);
        assertThat(team.pausedOn(until)).as("it takes orders again on that day").isEmpty();
        assertThat(team.pausedBy()).contains(MEMBER);
        assertThat(team.pausedAt()).contains(NOW);
    }

    @Test
    void theDayIsFromTomorrowToSixMonthsAheadAndTheFieldIsNamed() {
        Team team = new Team(Slug.of("makers"), "Makers");

        for (LocalDate wrong : new LocalDate[] {TODAY, TODAY.minusDays(1), TODAY.plusMonths(6).plusDays(1), null}) {
            assertThatThrownBy(() -> team.pause(wrong, TODAY, MEMBER, NOW)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .extracting(InvalidInput.Problem::field).containsExactly("pausedUntil"));
        }
        assertThat(team.pausedOn(TODAY)).isEmpty();
        assertThat(team.pauses()).as("a refused pause is not logged").isEmpty();

        team.pause(TODAY.plusMonths(6), TODAY, MEMBER, NOW);
        assertThat(team.pausedOn(TODAY)).contains(TODAY.plusMonths(6));
    }

    @Test
    void resumingEarlyIsLoggedAndOnlyWhilePaused() {
        Team team = new Team(Slug.of("makers"), "Makers");
        assertThatThrownBy(() -> team.resume(TODAY, MEMBER, NOW)).isInstanceOf(Conflict.class);

        team.pause(TODAY.plusDays(3), TODAY, MEMBER, NOW);
        team.resume(TODAY.plusDays(1), MEMBER, NOW.plusSeconds(60));

        assertThat(team.pausedOn(TODAY.plusDays(1))).isEmpty();
        assertThat(team.pauses()).extracting(TeamPause::action)
                .containsExactly(TeamPause.Action.PAUSED, TeamPause.Action.RESUMED);
        assertThat(team.pauses().get(0).pausedUntil()).contains(TODAY.plusDays(3));

        team.pause(TODAY.plusDays(3), TODAY, MEMBER, NOW);
        assertThatThrownBy(() -> team.resume(TODAY.plusDays(3), MEMBER, NOW))
                .as("a pause over by its day is not resumed").isInstanceOf(Conflict.class);
    }
}
