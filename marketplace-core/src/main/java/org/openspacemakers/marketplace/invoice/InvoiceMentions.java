package org.openspacemakers.marketplace.invoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.ProducerRegistrationView;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.tax.VatTreatment;

/**
 * The mentions at the foot of an invoice, in French as the law words them (with English where a
 * buyer abroad needs it): VAT (the franchise, an exemption or the reverse charge, CGI art. 242
 * nonies A), the consumer's legal guarantee or a professional's payment terms (Code de commerce
 * art. L441-9 and L441-10), the payment received, the association's French EPR identifiers
 * (Code de l'environnement art. L541-10-13) and, where the destination's law asks for it on
 * invoices, its WEEE registration number there (Germany: ElektroG § 6(3)).
 */
final class InvoiceMentions {

    static final String GUARANTEE = "Garantie légale de conformité de deux ans à compter de la délivrance du bien"
            + " (articles L217-3 à L217-20 du Code de la consommation) et garantie des vices cachés (articles 1641 à 1649"
            + " du Code civil). / Two-year legal guarantee of conformity from delivery, and the guarantee against hidden defects.";
    static final String PROFESSIONAL_TERMS = "Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité"
            + " forfaitaire pour frais de recouvrement : 40 € (articles L441-10 et D441-5 du Code de commerce)."
            + " Pas d'escompte pour paiement anticipé.";

    private InvoiceMentions() {
    }

    /**
     * @param treatments       the VAT treatments of the invoice's lines
     * @param paymentReference the reference the buyer quoted, or the card processor's
     * @param producers        the association's producer registrations (those of France in force are printed)
     * @param weeeNumber       the association's WEEE number in the destination, when that country asks for it on invoices
     */
    static List<String> of(BuyerType buyerType, PaymentMethod paymentMethod, String paymentReference,
            List<VatTreatment> treatments, LocalDate issueDate, List<ProducerRegistrationView> producers,
            Optional<String> weeeNumber) {
        List<String> mentions = new ArrayList<>();
        treatments.stream().distinct().forEach(treatment -> treatment.mention().ifPresent(mentions::add));
        mentions.add(buyerType == BuyerType.CONSUMER ? GUARANTEE : PROFESSIONAL_TERMS);
        mentions.add("Paiement à la commande. Facture acquittée le " + InvoicePdf.day(issueDate)
                + (paymentMethod == PaymentMethod.CARD ? " par carte bancaire" : " par virement bancaire")
                + (paymentReference.isBlank() ? "" : " (référence " + paymentReference + ")")
                + ". / Paid in full on " + issueDate + ".");
        String identifiers = producers.stream()
                .filter(registration -> "FR".equals(registration.country().value()) && registration.coversOn(issueDate))
                .filter(registration -> registration.kind() != ProducerKind.BATTERIES)
                .map(registration -> stream(registration.kind()) + " " + registration.registrationNumber())
                .collect(Collectors.joining(" ; "));
        if (!identifiers.isEmpty()) {
            mentions.add("Identifiants uniques REP (France, article L541-10-13 du Code de l'environnement) : " + identifiers + ".");
        }
        weeeNumber.ifPresent(number -> mentions.add("WEEE-Reg.-Nr. " + number + " (ElektroG § 6 Abs. 3)."));
        return mentions;
    }

    private static String stream(ProducerKind kind) {
        return switch (kind) {
            case EPR_IDU_EEE -> "DEEE";
            case EPR_IDU_BATTERIES -> "piles et accumulateurs";
            case EPR_IDU_PACKAGING -> "emballages";
            default -> kind.name();
        };
    }
}
