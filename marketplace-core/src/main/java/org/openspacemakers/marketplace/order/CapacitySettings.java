package org.openspacemakers.marketplace.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a team's weekly capacity orders may book ({@code marketplace.capacity.*}): beyond that
 * share a week takes no more boards and new orders' lead times grow, so that volunteers keep some
 * slack. The slots on sale ({@link AssemblyQueue#hasRoomFor}) stay the hard limit.
 *
 * @param bookingShare the share of each week's capacity orders book, above 0 and at most 1 (0.8 by default)
 */
@ConfigurationProperties("marketplace.capacity")
public record CapacitySettings(Double bookingShare) {

    public CapacitySettings {
        bookingShare = bookingShare == null ? 0.8 : bookingShare;
        if (!(bookingShare > 0 && bookingShare <= 1)) {
            throw new IllegalArgumentException("marketplace.capacity.booking-share is above 0 and at most 1");
        }
    }
}
