package org.openspacemakers.marketplace.notification;

import java.math.BigDecimal;
import java.util.Locale;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.payment.CardPaymentNeedsAttention;
import org.openspacemakers.marketplace.payment.DonationRefundedInStripe;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every administrator, in the transaction that records it, of card money the store could not
 * apply as an order's payment: it is to be paid back or settled (the payments page lists it too).
 */
@Component
class PaymentAlerts {

    private final Accounts accounts;
    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;

    PaymentAlerts(Accounts accounts, Mails mails, MailTexts texts, MailSettings settings) {
        this.accounts = accounts;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(CardPaymentNeedsAttention alert) {
        Locale language = settings.teamLanguage();
        String amount = money(alert.amount());
        String order = alert.orderId() == null ? "-" : alert.orderId().toString();
        String page = settings.publicUrl().isEmpty() ? "/admin/payments" : settings.publicUrl() + "/admin/payments";
        accounts.withRole(Role.ADMIN).forEach(admin -> mails.enqueue(Mail.text(
                "payment:" + alert.paymentIntent() + ":" + alert.outcome() + ":" + admin.id(), admin.email(), language,
                texts.subject("payment.attention.subject", language, amount),
                String.join("\n\n", texts.text("greeting", language, admin.displayName()),
                        texts.text("payment.attention." + alert.outcome(), language, amount, order, alert.paymentIntent()),
                        texts.text("payment.attention.page", language, page), texts.signature(language)))));
    }

    @EventListener
    void on(DonationRefundedInStripe refund) {
        Locale language = settings.teamLanguage();
        String refunded = money(refund.refunded());
        String page = settings.publicUrl().isEmpty() ? "/admin/donations" : settings.publicUrl() + "/admin/donations";
        accounts.withRole(Role.ADMIN).forEach(admin -> mails.enqueue(Mail.text(
                "donation-refund:" + refund.refundId() + ":" + admin.id(), admin.email(), language,
                texts.subject("payment.donationRefund.subject", language, refunded, refund.reference()),
                String.join("\n\n", texts.text("greeting", language, admin.displayName()),
                        texts.text("payment.donationRefund.body", language, refunded, refund.reference(), money(refund.donated()),
                                refund.receiptNumber()),
                        texts.text("payment.donationRefund.page", language, page), texts.signature(language)))));
    }

    private static String money(Money money) {
        return BigDecimal.valueOf(money.amountMinor(), 2).toPlainString() + " " + money.currency().getCurrencyCode();
    }
}
