package org.openspacemakers.marketplace.catalog.web;

import jakarta.validation.constraints.NotNull;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.catalog.VatCategory;

/**
 * An offer's price and its breakdown as typed on the listing page, each in euros and read by the
 * store's money formatter, and its VAT category: an amount it cannot read is a binding error on its
 * field, one left out a validation error; the offer checks that the breakdown adds up, and that the
 * VAT category is the one it had once its revision is handed in. A bean rather than a record:
 * Spring binds every field, then validates, so the page names every field at fault at once.
 */
class OfferForm {

    @NotNull
    private Money price;
    @NotNull
    private Money parts;
    @NotNull
    private Money pcb;
    @NotNull
    private Money labour;
    @NotNull
    private Money association;
    @NotNull
    private Money team;
    @NotNull
    private VatCategory vatCategory;

    PriceBreakdown breakdown() {
        return new PriceBreakdown(parts.amountMinor(), pcb.amountMinor(), labour.amountMinor(), association.amountMinor(),
                team.amountMinor());
    }

    public Money getPrice() {
        return price;
    }

    public void setPrice(Money price) {
        this.price = price;
    }

    public Money getParts() {
        return parts;
    }

    public void setParts(Money parts) {
        this.parts = parts;
    }

    public Money getPcb() {
        return pcb;
    }

    public void setPcb(Money pcb) {
        this.pcb = pcb;
    }

    public Money getLabour() {
        return labour;
    }

    public void setLabour(Money labour) {
        this.labour = labour;
    }

    public Money getAssociation() {
        return association;
    }

    public void setAssociation(Money association) {
        this.association = association;
    }

    public Money getTeam() {
        return team;
    }

    public void setTeam(Money team) {
        this.team = team;
    }

    public VatCategory getVatCategory() {
        return vatCategory;
    }

    public void setVatCategory(VatCategory vatCategory) {
        this.vatCategory = vatCategory;
    }
}
