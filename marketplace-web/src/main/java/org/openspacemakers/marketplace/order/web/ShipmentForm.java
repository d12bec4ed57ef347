package org.openspacemakers.marketplace.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openspacemakers.marketplace.order.Order;

/** The team's shipment form: carrier and tracking number (required), and the leftover parts sent back (assembly-only). */
class ShipmentForm {

    @NotBlank
    @Size(max = 100)
    private String carrier;
    @NotBlank
    @Size(max = 100)
    private String trackingNumber;
    @Size(max = Order.MAX_LEFTOVER_LENGTH)
    private String leftoverParts;

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getLeftoverParts() {
        return leftoverParts;
    }

    public void setLeftoverParts(String leftoverParts) {
        this.leftoverParts = leftoverParts;
    }
}
