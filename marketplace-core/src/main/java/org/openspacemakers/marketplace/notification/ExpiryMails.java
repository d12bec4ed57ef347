package org.openspacemakers.marketplace.notification;

import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.ExpiryWarned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells each member of a revision's team that its approval lapses on a coming day, in the
 * transaction of the expiry watch that announced it: once per revision, day and member.
 */
@Component
class ExpiryMails {

    private final BoardQueries boards;
    private final Teams teams;
    private final Accounts accounts;
    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;

    ExpiryMails(BoardQueries boards, Teams teams, Accounts accounts, Mails mails, MailTexts texts, MailSettings settings) {
        this.boards = boards;
        this.teams = teams;
        this.accounts = accounts;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(ExpiryWarned event) {
        UUID revisionId = event.revision().id();
        Revision revision = boards.revision(revisionId).orElse(null);
        Board board = boards.boardOf(revisionId).orElse(null);
        if (revision == null || board == null) {
            return;
        }
        Locale language = settings.teamLanguage();
        String day = texts.date(event.expiresOn(), language);
        teams.byId(board.teamId()).ifPresent(team -> team.members().forEach(memberId -> accounts.byId(memberId)
                .ifPresent(member -> mails.enqueue(Mail.text("expiry:" + revisionId + ":" + event.expiresOn() + ":to:" + memberId,
                        member.email(), language, texts.subject("expiry.subject", language, board.name(), revision.label(), day),
                        String.join("\n\n", texts.text("greeting", language, member.displayName()),
                                texts.text("expiry.body", language, board.name(), revision.label(), day),
                                texts.signature(language)))))));
    }
}
