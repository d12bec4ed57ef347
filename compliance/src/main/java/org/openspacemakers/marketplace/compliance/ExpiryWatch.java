package org.openspacemakers.marketplace.compliance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.review.ExpiryNotice;
import org.openspacemakers.marketplace.compliance.review.ExpiryNoticeRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily expiry watch: approvals lapse country by country on the day their evidence or
 * registrations expire, and each coming expiry is announced to the team and the reviewers first.
 * {@link NightlyExpiryWatch} runs it every night.
 */
@Service
public class ExpiryWatch {

    /** How many days ahead an approval's coming expiry is announced. */
    public static final int WARNING_DAYS = 90;

    private final ReviewRepository reviews;
    private final ExpiryNoticeRepository notices;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpiryWatch(ReviewRepository reviews, ExpiryNoticeRepository notices, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.notices = notices;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** What a run did; {@code ran} is false when another run (on any node) already watched today. */
    public record WatchReport(boolean ran, int lapsed, int warned) {
    }

    /** A revision's approval lapses on that day unless its evidence is renewed. */
    public record ExpiryWarning(RevisionRef revision, LocalDate expiresOn) {
    }

    /**
     * Approvals whose countries lapsed are suspended there (wholly when no country is left), and each
     * coming expiry within {@value #WARNING_DAYS} days is announced once ({@link ExpiryWarned}). Runs
     * at most once a day whatever the number of nodes: the day is claimed in the database first.
     */
    @Transactional
    public WatchReport watch() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int claimed = entityManager.createNativeQuery("INSERT IGNORE INTO compliance_job_runs (job, run_day) VALUES (?1, ?2)")
                .setParameter(1, "expiry-watch").setParameter(2, today).executeUpdate();
        if (claimed == 0) {
            return new WatchReport(false, 0, 0);
        }
        int lapsed = 0;
        int warned = 0;
        for (Review review : reviews.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(ReviewStatus.APPROVED))) {
            if (review.lapse(today, Reviews.STORE, now)) {
                reviews.save(review);
                lapsed++;
            }
            Optional<LocalDate> next = review.nextExpiry().filter(day -> !day.isAfter(today.plusDays(WARNING_DAYS)));
            if (next.isPresent() && !notices.existsByReviewIdAndExpiresOn(review.id(), next.get())) {
                notices.save(new ExpiryNotice(review.id(), review.revision().id(), next.get(), now));
                events.publishEvent(new ExpiryWarned(review.revision(), next.get()));
                warned++;
            }
        }
        return new WatchReport(true, lapsed, warned);
    }

    /** Announced expiries of these revisions' approvals, soonest first. */
    @Transactional(readOnly = true)
    public List<ExpiryWarning> warnings(Collection<RevisionRef> revisions) {
        if (revisions.isEmpty()) {
            return List.of();
        }
        return notices.findByRevisionIdInOrderByExpiresOn(revisions.stream().map(RevisionRef::id).toList()).stream()
                .map(n -> new ExpiryWarning(RevisionRef.of(n.revisionId()), n.expiresOn()))
                .toList();
    }
}
