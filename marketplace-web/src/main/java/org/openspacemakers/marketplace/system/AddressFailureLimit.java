package org.openspacemakers.marketplace.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The per-address limit on failed sign-ins, alongside the per-account one: it slows one address
 * trying many accounts. Kept in memory on each node: a node's share of an attack is what it sees.
 */
@Component
class AddressFailureLimit {

    static final int LIMIT = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    AddressFailureLimit(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Window window = windows.get(address);
        return window != null && window.failures() >= LIMIT && !expired(window, clock.instant());
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> expired(w, now));
        }
        windows.compute(address, (key, window) -> window == null || expired(window, now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
    }

    private static boolean expired(Window window, Instant now) {
        return window.start().plus(WINDOW).isBefore(now);
    }
}
