package org.openspacemakers.marketplace.books;

import java.util.Map;
import java.util.UUID;

/**
 * The seam through which the books will learn the volunteers' time: the minutes of assembly and
 * test recorded for the units of each board (recorded by the teams when the order is TESTED, built
 * elsewhere). While no bean implements it, the treasurer's page says the minutes are not recorded.
 */
public interface VolunteerTime {

    /** Nothing recorded: what the books use while no other bean implements this. */
    VolunteerTime NOT_RECORDED = year -> Map.of();

    /** The minutes spent on the units of each board of orders paid in the year; a board left out has none recorded. */
    Map<UUID, Long> minutesByBoard(int year);
}
