package org.openspacemakers.marketplace.books;

import java.util.Map;
import java.util.UUID;

/**
 * The volunteers' time as the books read it: the minutes of assembly and test recorded for the
 * units of each board (entered by the teams when a unit is tested), {@link RecordedMinutes}. A board
 * without any says "not recorded" on the treasurer's page.
 */
public interface VolunteerTime {

    /** Nothing recorded: what the books use while no other bean implements this. */
    VolunteerTime NOT_RECORDED = year -> Map.of();

    /** The minutes spent on the units of each board of orders paid in the year; a board left out has none recorded. */
    Map<UUID, Long> minutesByBoard(int year);
}
