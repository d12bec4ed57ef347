package org.openspacemakers.marketplace.order;

import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * A functional test result as the team enters it: the firmware version the unit was flashed with
 * (required), the result, notes (measurements, what was reworked), and optionally the minutes
 * spent assembling (or reworking) and testing the unit, whole minutes of 0 to a day. Refused with
 * the field named ({@code firmwareVersion}, {@code result}, {@code notes}, {@code assemblyMinutes},
 * {@code testMinutes}) when it cannot be kept as given.
 */
public record UnitTestEntry(String firmwareVersion, UnitTest.Result result, String notes, Integer assemblyMinutes,
        Integer testMinutes) {

    /** The most minutes one entry records for assembling or testing a unit: a day. */
    public static final int MAX_MINUTES = 1440;

    /** A test without the minutes it took. */
    public UnitTestEntry(String firmwareVersion, UnitTest.Result result, String notes) {
        this(firmwareVersion, result, notes, null, null);
    }

    public UnitTestEntry {
        firmwareVersion = firmwareVersion == null ? "" : firmwareVersion.strip();
        notes = notes == null ? "" : notes.strip();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (firmwareVersion.isEmpty() || firmwareVersion.length() > UnitTest.MAX_FIRMWARE_LENGTH
                || firmwareVersion.chars().anyMatch(Character::isISOControl)) {
            problems.add(InvalidInput.Problem.of("firmwareVersion", "invalid.text", UnitTest.MAX_FIRMWARE_LENGTH));
        }
        if (result == null) {
            problems.add(InvalidInput.Problem.of("result", "invalid.value"));
        }
        if (notes.length() > UnitTest.MAX_NOTES_LENGTH) {
            problems.add(InvalidInput.Problem.of("notes", "invalid.tooLong", UnitTest.MAX_NOTES_LENGTH));
        }
        if (assemblyMinutes != null && (assemblyMinutes < 0 || assemblyMinutes > MAX_MINUTES)) {
            problems.add(InvalidInput.Problem.of("assemblyMinutes", "invalid.minutes", MAX_MINUTES));
        }
        if (testMinutes != null && (testMinutes < 0 || testMinutes > MAX_MINUTES)) {
            problems.add(InvalidInput.Problem.of("testMinutes", "invalid.minutes", MAX_MINUTES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
