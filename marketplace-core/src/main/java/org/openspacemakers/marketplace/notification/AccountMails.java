package org.openspacemakers.marketplace.notification;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.EmailChangeRequested;
import org.openspacemakers.marketplace.account.EmailVerificationRequested;
import org.openspacemakers.marketplace.account.PasswordResetRequested;
import org.openspacemakers.marketplace.account.SignUpRepeated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails of an account's own life: the link to verify an address (after sign-up, sent again, or
 * for a new address), the password reset link, the notice to an owner that someone tried to sign up
 * with their address, and the notice to the old address of a change asked for. Queued in the
 * transaction that issued the token, in the language the person used. A link without
 * {@code MARKETPLACE_PUBLIC_URL} is the path alone, to open in the store.
 */
@Component
class AccountMails {

    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;

    AccountMails(Mails mails, MailTexts texts, MailSettings settings) {
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(EmailVerificationRequested event) {
        String kind = event.newAddress() ? "account.newAddress" : "account.verify";
        Locale language = event.language();
        mails.enqueue(Mail.text(key(event.userId(), event.newAddress() ? "NEW_ADDRESS" : "VERIFY"), event.recipient(),
                language, texts.subject(kind + ".subject", language),
                letter(event.name(), language, texts.text(kind + ".body", language, event.recipient()),
                        link("/verify?token=" + event.token(), language), texts.text("account.linkRules", language))));
    }

    @EventListener
    void on(PasswordResetRequested event) {
        Locale language = event.language();
        mails.enqueue(Mail.text(key(event.userId(), "RESET"), event.recipient(), language,
                texts.subject("account.reset.subject", language),
                letter(event.name(), language, texts.text("account.reset.body", language),
                        link("/password-reset/confirm?token=" + event.token(), language),
                        texts.text("account.linkRules", language), texts.text("account.reset.notYou", language))));
    }

    /** Once an hour at most, however often someone tries: the owner is told, not flooded. */
    @EventListener
    void on(SignUpRepeated event) {
        Locale language = event.language();
        mails.enqueue(Mail.text("account:" + event.userId() + ":SIGN_UP_REPEATED:" + event.at().getEpochSecond() / 3600,
                event.recipient(), language, texts.subject("account.signUpRepeated.subject", language),
                letter(event.name(), language, texts.text("account.signUpRepeated.body", language),
                        link("/password-reset", language))));
    }

    @EventListener
    void on(EmailChangeRequested event) {
        Locale language = event.language();
        mails.enqueue(Mail.text(key(event.userId(), "ADDRESS_CHANGE_ASKED"), event.oldAddress(), language,
                texts.subject("account.changeAsked.subject", language),
                letter(event.name(), language, texts.text("account.changeAsked.body", language, event.newAddress()),
                        texts.text("account.changeAsked.notYou", language))));
    }

    /** Each of these mails is a fact of its own: sent again, it is another link. */
    /** The keys of the mails about accounts begin so (they are kept 30 days: {@link Mails#forgetOldAccountMails}). */
    static final String KEY_PREFIX = "account:";

    private static String key(UUID userId, String kind) {
        return KEY_PREFIX + userId + ":" + kind + ":" + UUID.randomUUID();
    }

    private String link(String path, Locale language) {
        return settings.publicUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + language.getLanguage();
    }

    private String letter(String name, Locale language, String... paragraphs) {
        return texts.text("greeting", language, name) + "\n\n" + String.join("\n\n", paragraphs) + "\n\n"
                + texts.signature(language);
    }
}
