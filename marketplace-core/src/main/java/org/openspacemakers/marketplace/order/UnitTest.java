package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * One functional test of an assembled unit, as the team entered it: the result, the firmware the
 * unit ran, the team's notes, who tested it and when. A unit keeps every test, the last one counts.
 */
@Embeddable
public class UnitTest {

    /** What the functional test found. */
    public enum Result {
        /** The unit works as the revision's test procedure says: it may ship. */
        PASSED,
        /** It does not: it is reworked and tested again, or never ships. */
        FAILED
    }

    public static final int MAX_FIRMWARE_LENGTH = 40;
    public static final int MAX_NOTES_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Result result;

    @Column(name = "firmware_version", nullable = false, length = MAX_FIRMWARE_LENGTH)
    private String firmwareVersion;

    @Column(nullable = false, length = MAX_NOTES_LENGTH)
    private String notes;

    @Column(name = "tested_by", nullable = false)
    private UUID testedBy;

    @Column(name = "tested_at", nullable = false)
    private Instant testedAt;

    protected UnitTest() {
        // for JPA
    }

    UnitTest(UnitTestEntry entry, UUID testedBy, Instant testedAt) {
        this.result = entry.result();
        this.firmwareVersion = entry.firmwareVersion();
        this.notes = entry.notes();
        this.testedBy = testedBy;
        this.testedAt = testedAt;
    }

    public Result result() {
        return result;
    }

    public boolean passed() {
        return result == Result.PASSED;
    }

    public String firmwareVersion() {
        return firmwareVersion;
    }

    public String notes() {
        return notes;
    }

    public UUID testedBy() {
        return testedBy;
    }

    public Instant testedAt() {
        return testedAt;
    }
}
