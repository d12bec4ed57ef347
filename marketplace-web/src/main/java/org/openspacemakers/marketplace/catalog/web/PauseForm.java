package org.openspacemakers.marketplace.catalog.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dashboard's pause form: the day the team takes orders again, required and written yyyy-MM-dd
 * (how far ahead it may be is the team's rule). A bean, as {@link CapacityForm}.
 */
class PauseForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pausedUntil;

    public LocalDate getPausedUntil() {
        return pausedUntil;
    }

    public void setPausedUntil(LocalDate pausedUntil) {
        this.pausedUntil = pausedUntil;
    }
}
