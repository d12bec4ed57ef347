package org.openspacemakers.marketplace.order.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openspacemakers.marketplace.order.UnitTest;
import org.openspacemakers.marketplace.order.UnitTestEntry;

/**
 * The team's form for a unit and its functional test: the order line it was assembled for (a new
 * unit) or its serial number (a unit tested again), the firmware it runs, the result and notes, and
 * optionally the minutes spent assembling and testing it (whole minutes, 0 to a day). A
 * bean, so that every field at fault is named at once.
 */
class UnitForm {

    @NotNull
    @Min(0)
    private Integer lineNo = 0;
    @Size(max = 80)
    private String serial;
    @NotBlank
    @Size(max = UnitTest.MAX_FIRMWARE_LENGTH)
    private String firmwareVersion;
    @NotNull
    private UnitTest.Result result;
    @Size(max = UnitTest.MAX_NOTES_LENGTH)
    private String notes;
    @Min(0)
    @Max(UnitTestEntry.MAX_MINUTES)
    private Integer assemblyMinutes;
    @Min(0)
    @Max(UnitTestEntry.MAX_MINUTES)
    private Integer testMinutes;

    UnitTestEntry toEntry() {
        return new UnitTestEntry(firmwareVersion, result, notes, assemblyMinutes, testMinutes);
    }

    public Integer getAssemblyMinutes() {
        return assemblyMinutes;
    }

    public void setAssemblyMinutes(Integer assemblyMinutes) {
        this.assemblyMinutes = assemblyMinutes;
    }

    public Integer getTestMinutes() {
        return testMinutes;
    }

    public void setTestMinutes(Integer testMinutes) {
        this.testMinutes = testMinutes;
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public void setLineNo(Integer lineNo) {
        this.lineNo = lineNo;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public void setFirmwareVersion(String firmwareVersion) {
        this.firmwareVersion = firmwareVersion;
    }

    public UnitTest.Result getResult() {
        return result;
    }

    public void setResult(UnitTest.Result result) {
        this.result = result;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
