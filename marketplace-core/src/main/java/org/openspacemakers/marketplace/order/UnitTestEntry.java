package org.openspacemakers.marketplace.order;

import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * A functional test result as the team enters it: the firmware version the unit was flashed with
 * (required), the result, and notes (measurements, what was reworked). Refused with the field named
 * ({@code firmwareVersion}, {@code result}, {@code notes}) when it cannot be kept as given.
 */
public record UnitTestEntry(String firmwareVersion, UnitTest.Result result, String notes) {

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
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
