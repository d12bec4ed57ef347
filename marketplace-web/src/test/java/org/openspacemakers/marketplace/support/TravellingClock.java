package org.openspacemakers.marketplace.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
