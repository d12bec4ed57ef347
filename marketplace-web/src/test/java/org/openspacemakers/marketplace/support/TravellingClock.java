package org.openspacemakers.marketplace.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/** The store's clock in tests: the real time, shifted by however far a test travelled. */
@TestComponent
@Primary
public class TravellingClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void travel(Duration by) {
        offset = offset.plus(by);
    }

    /**
     * Travels to noon (UTC) of that day, from wherever the clock stands: to a day the law fixes (an
     * exemption's end in the RoHS exemptions table), forwards or back.
     */
    public void travelTo(LocalDate day) {
        travel(Duration.between(instant(), day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    public void backToNow() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
