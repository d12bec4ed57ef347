package org.openspacemakers.marketplace.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.order.PaymentMethod;

/** The order page's form: one offer, its quantity, the buyer and where to ship. */
class OrderForm {

    @NotNull
    private UUID offerId;
    @NotBlank
    @Size(max = 100)
    private String idempotencyKey;
    @NotNull
    @Min(1)
    @Max(100)
    private Integer quantity = 1;
    @NotNull
    private BuyerType buyerType = BuyerType.CONSUMER;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String line1;
    @Size(max = 200)
    private String line2;
    @NotBlank
    @Size(max = 20)
    private String postalCode;
    @NotBlank
    @Size(max = 100)
    private String city;
    @NotBlank
    private String country;

    /** A professional buyer's company and its EU VAT number (checked with VIES when ordering as a professional). */
    @Size(max = 200)
    private String companyName;
    @Size(max = 30)
    private String vatNumber;

    /**
     * Assembly-only: the part the buyer supplies for each placed BOM line, named by the line's
     * first reference, the approved BOM's MPN offered first.
     */
    @Valid
    @Size(max = 500)
    private List<PartField> parts = new ArrayList<>();

    /** The buyer ticked the class A warning (shown only for class A boards). */
    private boolean acknowledgeClassA;

    OrderRequest toRequest() {
        List<OrderRequest.SuppliedPart> supplied = parts.stream()
                .map(part -> new OrderRequest.SuppliedPart(part.getReference(), part.getMpn())).toList();
        return new OrderRequest(List.of(new OrderRequest.Line(offerId, quantity, supplied.isEmpty() ? null : supplied)),
                country, buyerType,
                new OrderRequest.Address(name, line1, line2, postalCode, city, country),
                acknowledgeClassA ? List.of(SaleNotices.CLASS_A)
                        : List.of(),
                PaymentMethod.BANK_TRANSFER,
                buyerType == BuyerType.PROFESSIONAL ? new OrderRequest.Company(companyName, vatNumber) : null);
    }

    public List<PartField> getParts() {
        return parts;
    }

    public void setParts(List<PartField> parts) {
        this.parts = parts;
    }

    /** One part an assembly-only buyer supplies: the BOM line's first reference, all its references, the MPN. */
    public static class PartField {

        @NotBlank
        @Size(max = 40)
        private String reference;
        @Size(max = 200)
        private String references;
        @NotBlank
        @Size(max = 100)
        private String mpn;

        public PartField() {
        }

        PartField(String reference, String references, String mpn) {
            this.reference = reference;
            this.references = references;
            this.mpn = mpn;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getReferences() {
            return references;
        }

        public void setReferences(String references) {
            this.references = references;
        }

        public String getMpn() {
            return mpn;
        }

        public void setMpn(String mpn) {
            this.mpn = mpn;
        }
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public boolean isAcknowledgeClassA() {
        return acknowledgeClassA;
    }

    public void setAcknowledgeClassA(boolean acknowledgeClassA) {
        this.acknowledgeClassA = acknowledgeClassA;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public void setOfferId(UUID offerId) {
        this.offerId = offerId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BuyerType getBuyerType() {
        return buyerType;
    }

    public void setBuyerType(BuyerType buyerType) {
        this.buyerType = buyerType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }
}
