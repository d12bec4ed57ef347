package org.openspacemakers.marketplace.donation.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.donation.DonorCompany;
import org.openspacemakers.marketplace.donation.Pledge;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * The donation page's form: one of the offered amounts ({@code amount}: its euros) or {@code other}
 * with the amount typed in {@code otherAmount} (an amount typed with no choice made counts too, an
 * amount typed with an offered one chosen is refused), the
 * donor's name and e-mail, the postal address when receipts are tax receipts, whether a person or a
 * company gives ({@code donorKind}: {@code PERSON} unless {@code COMPANY} is chosen, with the
 * company's {@code legalForm} and SIREN number, {@code companyId}), and how they pay
 * ({@code paymentMethod}: bank transfer unless card is chosen).
 */
class DonationForm {

    private String amount = "";
    private String otherAmount = "";
    private String name = "";
    private String email = "";
    private String line1 = "";
    private String line2 = "";
    private String postalCode = "";
    private String city = "";
    private String country = "";
    private String paymentMethod = "";
    private String donorKind = "";
    private String legalForm = "";
    private String companyId = "";

    /** The amount given; empty when none was chosen or what was typed is not an amount. */
    Optional<Money> chosenAmount() {
        return DonationChoice.amount(amount, otherAmount);
    }

    /**
     * The pledge as typed. An offered amount chosen while another is typed is refused naming
     * {@code amount}: without a script the choice does not follow the typing, and which one the
     * donor meant is theirs to say.
     */
    Pledge toPledge(UUID userId, Locale language) {
        if (DonationChoice.twoAmounts(amount, otherAmount)) {
            throw new InvalidInput("amount", "invalid.donation.twoAmounts");
        }
        return new Pledge(chosenAmount().orElse(null), name, email, line1, line2, postalCode, city, country, userId, language,
                company() ? new DonorCompany(legalForm, companyId) : null);
    }

    /** Whether a company gives; anything but {@code PERSON}, {@code COMPANY} or nothing is refused naming {@code donorKind}. */
    private boolean company() {
        String kind = donorKind == null ? "" : donorKind.strip();
        if (!kind.isEmpty() && !kind.equals("PERSON") && !kind.equals("COMPANY")) {
            throw new InvalidInput("donorKind", "invalid.value");
        }
        return kind.equals("COMPANY");
    }

    /**
     * How the donor pays: by bank transfer unless they chose card (offered only when card payments
     * are on); anything else is refused naming {@code paymentMethod}.
     */
    PaymentMethod method() {
        if (paymentMethod == null || paymentMethod.isBlank()) {
            return PaymentMethod.BANK_TRANSFER;
        }
        try {
            return PaymentMethod.valueOf(paymentMethod.strip());
        } catch (IllegalArgumentException notAMethod) {
            throw new InvalidInput("paymentMethod", "invalid.donation.paymentMethod");
        }
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getOtherAmount() {
        return otherAmount;
    }

    public void setOtherAmount(String otherAmount) {
        this.otherAmount = otherAmount;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
        this.country = country;
    }

    public String getDonorKind() {
        return donorKind;
    }

    public void setDonorKind(String donorKind) {
        this.donorKind = donorKind;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }
}
