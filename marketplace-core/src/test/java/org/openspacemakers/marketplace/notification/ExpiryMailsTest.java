package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.ExpiryWarned;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The expiry watch's warning reaches the revision's team by e-mail, in the watch's transaction. */
@CoreTest
class ExpiryMailsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Mails mails;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachMemberOfTheTeamIsToldTheDayTheApprovalLapses() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        LocalDate lapses = LocalDate.of(2027, 3, 28);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new ExpiryWarned(RevisionRef.of(listing.revision().id()), lapses)));

        Mails.QueuedMail mail = mails.byKey("expiry:" + listing.revision().id() + ":2027-03-28:to:" + listing.maker().id())
                .orElseThrow();
        assertThat(mail.recipient()).isEqualTo(listing.maker().email());
        assertThat(mail.subject()).isEqualTo("The approval of " + listing.board().name() + " " + listing.revision().label()
                + " lapses on March 28, 2027");
        assertThat(mail.text()).contains("revision " + listing.revision().label(), "lapses on March 28, 2027");
    }
}
