package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.dossier.DossierRepository;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistrationRepository;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
import org.openspacemakers.marketplace.compliance.review.ExpiryNoticeRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's register as a producer — WEEE per country, battery registrations, French IDUs, Germany's LUCID number —
 * kept by administrators. A change moves the lapse day of every approval standing in that country
 * and tells the catalogue ({@link RegisterChanged}) that what may be sold there may have changed.
 */
@Service
public class Register {

    /** The countries whose law asks for the WEEE registration number on offers and invoices. */
    private static final Set<String> WEEE_NUMBER_ON_OFFERS = Set.of("DE");

    private final WeeeRegistrationRepository weee;
    private final ProducerRegistrationRepository producers;
    private final ReviewRepository reviews;
    private final DossierRepository dossiers;
    private final ExpiryNoticeRepository notices;
    private final ApprovalValidity validity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Register(WeeeRegistrationRepository weee, ProducerRegistrationRepository producers, ReviewRepository reviews,
            DossierRepository dossiers, ExpiryNoticeRepository notices, ApprovalValidity validity,
            ApplicationEventPublisher events, Clock clock) {
        this.weee = weee;
        this.producers = producers;
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.notices = notices;
        this.validity = validity;
        this.events = events;
        this.clock = clock;
    }

    /** A country in play, with the association's WEEE registration there (if any) and the other registrations a sale there needs. */
    public record CountryRegistrations(String country, WeeeRegistrationView weee, List<ProducerRegistrationView> producers) {
    }

    /** Records (or replaces) the association's WEEE registration in a country. */
    @Transactional
    public WeeeRegistrationView record(RegisterWeee registered) {
        weee.findByCountry(registered.country()).ifPresent(weee::delete);
        weee.flush();
        WeeeRegistration registration = weee.saveAndFlush(new WeeeRegistration(registered));
        changed(registered.countryCode());
        return registration.view();
    }

    /** Records (or replaces) a battery registration or a national one (a French IDU, Germany's LUCID number). */
    @Transactional
    public ProducerRegistrationView record(RegisterProducer registered) {
        producers.findByKindAndCountry(registered.kind(), registered.country()).ifPresent(producers::delete);
        producers.flush();
        ProducerRegistration registration = producers.saveAndFlush(new ProducerRegistration(registered));
        changed(registered.countryCode());
        return registration.view();
    }

    /** The WEEE registrations, by country. */
    @Transactional(readOnly = true)
    public List<WeeeRegistrationView> weee() {
        return weee.findAll(Sort.by("country")).stream().map(WeeeRegistration::view).toList();
    }

    /** The battery and national registrations, by kind and country. */
    @Transactional(readOnly = true)
    public List<ProducerRegistrationView> producers() {
        return producers.findAllByOrderByKindAscCountryAsc().stream().map(ProducerRegistration::view).toList();
    }

    /** The association's French identifier for electrical and electronic equipment, which product pages show. */
    @Transactional(readOnly = true)
    public Optional<String> frenchEquipmentIdu() {
        return producers.findByKindAndCountry(ProducerKind.EPR_IDU_EEE, "FR").map(r -> r.view().registrationNumber());
    }

    /**
     * The association's WEEE registration numbers that offers for their country must show, by
     * country code: Germany's, whose law asks for it on every offer and invoice (ElektroG § 6(3)).
     */
    @Transactional(readOnly = true)
    public Map<String, String> weeeNumbersOnOffers() {
        return weee.findAll().stream().filter(r -> WEEE_NUMBER_ON_OFFERS.contains(r.country().value()))
                .collect(Collectors.toMap(r -> r.country().value(), r -> r.view().registrationNumber()));
    }

    /** The countries where the association's WEEE registration is in force on that day. */
    @Transactional(readOnly = true)
    public Set<String> weeeCountries(LocalDate day) {
        return weee.findAll().stream().filter(r -> r.coversOn(day)).map(r -> r.country().value()).collect(Collectors.toSet());
    }

    /**
     * The registrations in play for a board sold to these countries (none given: every country with a
     * WEEE registration), each with the producer registrations a sale there needs.
     */
    @Transactional(readOnly = true)
    public List<CountryRegistrations> inPlay(Collection<CountryCode> countries, boolean batteryOnBoard) {
        Map<String, WeeeRegistrationView> byCountry = weee().stream()
                .collect(Collectors.toMap(r -> r.country().value(), r -> r));
        List<ProducerRegistrationView> all = producers();
        Set<String> shown = countries.isEmpty() ? new TreeSet<>(byCountry.keySet())
                : countries.stream().map(CountryCode::value).collect(Collectors.toCollection(TreeSet::new));
        return shown.stream().map(country -> new CountryRegistrations(country, byCountry.get(country),
                        all.stream().filter(p -> p.country().value().equals(country))
                                .filter(p -> ProducerKind.neededFor(p.country(), batteryOnBoard).contains(p.kind()))
                                .toList()))
                .toList();
    }

    /**
     * A registration in the country was recorded, renewed or replaced: every approval standing there
     * lapses on the day the registers now give. Announced expiries of a moved day are withdrawn; the
     * watch announces the new one in time.
     */
    private void changed(CountryCode country) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Review> approved = reviews.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(ReviewStatus.APPROVED)).stream()
                .filter(review -> review.approvedFor(country))
                .toList();
        if (!approved.isEmpty()) {
            revalidate(country, approved, today);
        }
        events.publishEvent(new RegisterChanged(country));
    }

    private void revalidate(CountryCode country, List<Review> approved, LocalDate today) {
        Map<UUID, Dossier> dossiersByRevision = dossiers.findByRevisionIdIn(
                        approved.stream().map(review -> review.revision().id()).toList()).stream()
                .collect(Collectors.toMap(dossier -> dossier.revision().id(), dossier -> dossier));
        for (Review review : approved) {
            Dossier dossier = dossiersByRevision.getOrDefault(review.revision().id(),
                    Dossier.start(review.revision(), clock.instant()));
            if (review.revalidate(country, validity.lapseDay(dossier, country, today))) {
                notices.deleteByReviewId(review.id());
                reviews.save(review);
            }
        }
    }
}
