package org.openspacemakers.marketplace.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationPledged;
import org.openspacemakers.marketplace.donation.DonationReceived;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.payment.BankAccount;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a donor, in the language they gave in and in the transaction that records it, how to pay
 * their donation (the bank transfer to make, or, for a card, that its page is where to pay if they
 * did not finish on Stripe's; with the link to that page) and, once the money arrived, that their receipt is
 * ready (with the link to download it). Each fact is told once.
 */
@Component
class DonationMails {

    private final Donations donations;
    private final BankAccount account;
    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;

    DonationMails(Donations donations, BankAccount account, Mails mails, MailTexts texts, MailSettings settings) {
        this.donations = donations;
        this.account = account;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(DonationPledged pledged) {
        Donation donation = read(pledged.donationId());
        if (donation.orderId().isPresent()) {
            return;
        }
        Locale language = donation.language();
        String amount = texts.money(donation.amount(), language);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.text("greeting", language, donation.donorName()));
        if (donation.paymentMethod() == PaymentMethod.CARD) {
            paragraphs.add(texts.text("donation.PENDING.card", language, amount));
        } else {
            paragraphs.add(texts.text("donation.PENDING.body", language, amount));
            paragraphs.add(texts.text("order.bankAccount", language, account.holder(), account.iban(), account.bic(),
                    donation.reference(), amount));
        }
        paragraphs.add(texts.text("donation.link", language, link(pledged.token())));
        paragraphs.add(texts.signature(language));
        mails.enqueue(Mail.text("donation:" + donation.id() + ":PENDING", donation.donorEmail(), language,
                texts.subject("donation.PENDING.subject", language, donation.reference()), String.join("\n\n", paragraphs)));
    }

    @EventListener
    void on(DonationReceived received) {
        Donation donation = read(received.donationId());
        Locale language = donation.language();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.text("greeting", language, donation.donorName()));
        paragraphs.add(texts.text("donation.RECEIVED.body", language, texts.money(donation.amount(), language),
                texts.date(donation.receivedOn().orElseThrow(), language)));
        paragraphs.add(texts.text(!donation.taxReceipt() ? "donation.RECEIVED.noTaxReceipt"
                : donation.donorCompany().isPresent() ? "donation.RECEIVED.companyTaxReceipt" : "donation.RECEIVED.taxReceipt",
                language));
        paragraphs.add(texts.text("donation.receipt", language, received.receiptNumber(),
                link(received.receiptToken()) + "/receipt"));
        paragraphs.add(texts.signature(language));
        mails.enqueue(Mail.text("donation:" + donation.id() + ":RECEIVED", donation.donorEmail(), language,
                texts.subject("donation.RECEIVED.subject", language, received.receiptNumber()), String.join("\n\n", paragraphs)));
    }

    private Donation read(java.util.UUID donationId) {
        return donations.byId(donationId)
                .orElseThrow(() -> new IllegalStateException("donation " + donationId + " moved but cannot be read"));
    }

    private String link(String token) {
        return settings.publicUrl() + "/donations/" + token;
    }
}
