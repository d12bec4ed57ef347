package org.openspacemakers.marketplace.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartsProblemFound;
import org.openspacemakers.marketplace.order.RecallNoticeIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells buyers what the team's fulfilment found, in the language they ordered in, by mails queued in
 * the transaction that records it: an assembly-only buyer which parts the workshop could not accept
 * and where to send them; each buyer with units of a revoked revision what to do with them (the
 * recall notice). Each fact is told once: a parts problem by the instant it was recorded, a recall
 * notice by its recall and order.
 */
@Component
class FulfilmentMails {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentMails.class);

    private final Orders orders;
    private final Accounts accounts;
    private final Teams teams;
    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;
    private final String contact;

    FulfilmentMails(Orders orders, Accounts accounts, Teams teams, Mails mails, MailTexts texts, MailSettings settings,
            @Value("${marketplace.association.email:}") String contact) {
        this.orders = orders;
        this.accounts = accounts;
        this.teams = teams;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
        this.contact = contact;
    }

    @EventListener
    void on(PartsProblemFound event) {
        User buyer = accounts.byId(event.buyerId()).orElse(null);
        if (buyer == null) {
            log.info("Order {}: parts problem recorded, its buyer's account is gone, nobody to tell", event.orderId());
            return;
        }
        Locale language = event.language();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.text("parts.problem.body", language, event.reference()));
        paragraphs.add(String.join("\n", event.problems().stream().map(problem -> "- " + texts.text("parts.problem.line",
                language, problem.references(), problem.expectedMpn(), texts.text("parts.status." + problem.status(), language))
                + (problem.receivedMpn().isEmpty() ? "" : texts.text("parts.problem.received", language, problem.receivedMpn()))
                + (problem.note().isBlank() ? "" : " (" + problem.note().strip() + ")")).toList()));
        Set<String> workshops = workshops(event.orderId(), event.buyerId());
        paragraphs.add(workshops.isEmpty() ? texts.text("parts.problem.sendNoAddress", language, event.reference())
                : texts.text("parts.problem.send", language, event.reference(), String.join("\n", workshops)));
        paragraphs.add(orderPage(event.orderId(), language));
        mails.enqueue(Mail.text("order:" + event.orderId() + ":PARTS_PROBLEM:" + event.at().toEpochMilli(), buyer.email(),
                language, texts.subject("parts.problem.subject", language, event.reference()),
                letter(buyer, language, paragraphs)));
    }

    @EventListener
    void on(RecallNoticeIssued event) {
        User buyer = accounts.byId(event.buyerId()).orElse(null);
        if (buyer == null) {
            log.info("Recall {}: the buyer of order {} has no account left, nobody to tell", event.recallId(), event.orderId());
            return;
        }
        Locale language = event.language();
        String board = event.boardName() + " " + event.revisionLabel();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.text("recall.body", language, board, event.reference()));
        if (!event.reason().isBlank()) {
            paragraphs.add(texts.text("recall.reason", language, event.reason().strip()));
        }
        paragraphs.add(texts.text("recall." + event.action(), language, String.join(" ", event.serials())));
        if (!contact.isBlank()) {
            paragraphs.add(texts.text("recall.contact", language, contact.strip()));
        }
        paragraphs.add(orderPage(event.orderId(), language));
        mails.enqueue(Mail.text("recall:" + event.recallId() + ":order:" + event.orderId(), buyer.email(), language,
                texts.subject("recall.subject", language, board, event.reference()), letter(buyer, language, paragraphs)));
    }

    /** The workshop addresses of the order's teams, where its buyer's parts go. */
    private Set<String> workshops(UUID orderId, UUID buyerId) {
        Set<String> addresses = new LinkedHashSet<>();
        orders.findForViewer(orderId, buyerId, false).ifPresent(order -> order.teams().forEach(team -> teams.byId(team)
                .map(Team::workshopAddress).filter(address -> !address.isBlank()).ifPresent(addresses::add)));
        return addresses;
    }

    private String letter(User person, Locale language, List<String> paragraphs) {
        List<String> all = new ArrayList<>();
        all.add(texts.text("greeting", language, person.displayName()));
        all.addAll(paragraphs);
        all.add(texts.signature(language));
        return String.join("\n\n", all);
    }

    private String orderPage(UUID orderId, Locale language) {
        return settings.publicUrl().isEmpty() ? texts.text("order.page", language)
                : texts.text("order.link", language, settings.publicUrl() + "/orders/" + orderId + "?lang=" + language.getLanguage());
    }
}
