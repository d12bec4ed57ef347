package org.openspacemakers.marketplace.catalog.web;

import jakarta.validation.constraints.NotNull;

/**
 * The dashboard's capacity form: both numbers are required (their range is the team's rule), the
 * workshop's address is optional. A bean rather than a record: Spring binds every field, then
 * validates, so the page names every field at fault at once.
 */
class CapacityForm {

    @NotNull
    private Integer weeklyCapacity;
    @NotNull
    private Integer horizonWeeks;
    private String workshopAddress;

    public Integer getWeeklyCapacity() {
        return weeklyCapacity;
    }

    public void setWeeklyCapacity(Integer weeklyCapacity) {
        this.weeklyCapacity = weeklyCapacity;
    }

    public Integer getHorizonWeeks() {
        return horizonWeeks;
    }

    public void setHorizonWeeks(Integer horizonWeeks) {
        this.horizonWeeks = horizonWeeks;
    }

    public String getWorkshopAddress() {
        return workshopAddress;
    }

    public void setWorkshopAddress(String workshopAddress) {
        this.workshopAddress = workshopAddress;
    }
}
