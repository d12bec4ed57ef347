package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.compliance.DossierContent.Act;
import org.openspacemakers.marketplace.compliance.DossierContent.EmcClass;
import org.openspacemakers.marketplace.compliance.DossierContent.EvidenceType;
import org.openspacemakers.marketplace.compliance.DossierContent.IntendedUse;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/**
 * The gate, rule by rule (COMPLIANCE-DOMAIN.md, "What blocks an order"): each test takes a fully
 * compliant sale, breaks one thing, and shows the refusal it gives and what it names.
 */
class SaleRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final RevisionRef REVISION = RevisionRef.of(UUID.randomUUID());
    private static final String DOC = "a".repeat(64);
    private static final String DECLARATIONS = "b".repeat(64);
    private static final String SOLDER = "c".repeat(64);
    private static final String RED = "d".repeat(64);

    private static final List<RevisionSubject.BomLine> BOM = List.of(
            new RevisionSubject.BomLine("R1 R2", "Yageo", "RC0603FR-0710KL", List.of("CRCW060310K0FKEA"), false),
            new RevisionSubject.BomLine("U1", "Analog Devices", "MAX31856MUD+T", List.of(), false),
            new RevisionSubject.BomLine("J9", "", "", List.of(), true));
    private static final RevisionSubject SUBJECT = new RevisionSubject(REVISION, "Thermocouple card", "1.0",
            "f".repeat(64), "", BOM);

    private Map<String, WeeeRegistration> weee = new HashMap<>(Map.of(
            "FR", weeeIn(FR, "FR-1", "Open Space Makers", TODAY.plusDays(400), null, null, null),
            "DE", weeeIn(DE, "DE-1", "Open Space Makers", TODAY.plusDays(400), "Representative GmbH", "Mandate 1", "stiftung ear")));
    private Map<String, ProducerRegistration> producers = new HashMap<>(Map.of(
            SaleRules.key(ProducerKind.EPR_IDU_EEE, FR),
            producer(ProducerKind.EPR_IDU_EEE, FR, "FR000000_05AAAA", "Open Space Makers",
                    TODAY.plusDays(400)),
            SaleRules.key(ProducerKind.EPR_IDU_PACKAGING, FR),
            producer(ProducerKind.EPR_IDU_PACKAGING, FR, "FR000000_01PACK", "Open Space Makers", TODAY.plusDays(400)),
            SaleRules.key(ProducerKind.LUCID, DE),
            producer(ProducerKind.LUCID, DE, "DE0000000000001", "Open Space Makers", TODAY.plusDays(400))));

    @Test
    void aFullyCompliantRevisionMayBeSoldToEveryApprovedCountryAndBuyer() {
        Dossier dossier = dossier(c -> c);
        assertThat(dossier.gaps(SUBJECT, TODAY)).isEmpty();
        for (CountryCode country : List.of(FR, DE)) {
            for (BuyerType buyer : BuyerType.values()) {
                assertThat(refusals(approved(), dossier, sale(OfferKind.FULL_KIT, country, buyer))).isEmpty();
                assertThat(refusals(approved(), dossier, sale(OfferKind.ASSEMBLY_ONLY, country, buyer))).isEmpty();
            }
        }
    }

    @Test
    void rule01_theRevisionIsNotApproved() {
        Review submitted = Review.submit(REVISION, UUID.randomUUID(), NOW);
        assertThat(refusals(submitted, dossier(c -> c), consumerIn(FR)))
                .containsExactly(Refusal.of(RefusalCode.NOT_APPROVED, ReviewStatus.SUBMITTED));
        assertThat(refusals(null, dossier(c -> c), consumerIn(FR)))
                .containsExactly(Refusal.of(RefusalCode.NOT_APPROVED, ReviewStatus.DRAFT));
    }

    @Test
    void rule02_noDeclarationOfConformity() {
        Dossier dossier = dossier(c -> new DossierContent(ce(c.ce(), null, c.ce().radioEvidenceFile(), c.ce().radio()),
                c.rohs(), c.weee(), c.gpsr(), c.battery(), c.svhc()));
        assertThat(codes(refusals(approved(), dossier, consumerIn(FR)))).containsExactly(RefusalCode.DOC_MISSING);
    }

    @Test
    void rule02_noDeclarationNamingTheRevision() {
        Dossier dossier = dossier(c -> {
            DossierContent.Declaration d = c.ce().declaration();
            return c.with(new DossierContent.Declaration(d.number(), "0.9", d.bomHash(), d.signatoryName(),
                    d.signatoryFunction(), d.place(), d.signedOn(), d.file()));
        });
        assertThat(refusals(approved(), dossier, consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.DOC_MISSING, "declaration names revision 0.9, not 1.0"));
    }

    @Test
    void rule03_aBomLineWithoutRohsEvidenceOrOnAnExpiredExemption() {
        Dossier missing = dossier(c -> withParts(c, List.of(part("R1 R2", "RC0603FR-0710KL", ""),
                part("R1 R2", "CRCW060310K0FKEA", ""))));
        assertThat(refusals(approved(), missing, consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.ROHS_EVIDENCE_MISSING, "U1"));

        Dossier alternateMissing = dossier(c -> withParts(c, List.of(part("R1 R2", "RC0603FR-0710KL", ""),
                part("U1", "MAX31856MUD+T", ""))));
        assertThat(refusals(approved(), alternateMissing, consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.ROHS_EVIDENCE_MISSING, "R1 R2, alternate CRCW060310K0FKEA"));

        // 7(c)-I holds until 30 June 2027 in category 9 (rohs/exemptions.csv).
        Dossier exempt = dossier(c -> withParts(c, List.of(part("R1 R2", "RC0603FR-0710KL", "7(c)-I"),
                part("R1 R2", "CRCW060310K0FKEA", ""), part("U1", "MAX31856MUD+T", ""))));
        assertThat(refusals(approved(), exempt, consumerIn(FR))).isEmpty();
        SaleRequest afterItsLastDay = new SaleRequest(REVISION, OfferKind.FULL_KIT, FR, BuyerType.CONSUMER, Set.of(),
                Instant.parse("2027-07-01T08:00:00Z"));
        List<Refusal> refusals = refusals(approved(), exempt, afterItsLastDay);
        assertThat(codes(refusals)).containsExactly(RefusalCode.EVIDENCE_EXPIRED);
        assertThat(refusals.get(0).subject()).isEqualTo("R1 R2: exemption 7(c)-I expired on 2027-06-30");
    }

    @Test
    void rule04_anEmptyGpsrField() {
        Dossier dossier = dossier(c -> new DossierContent(c.ce(), c.rohs(), c.weee(),
                new DossierContent.Gpsr(c.gpsr().manufacturerName(), "", c.gpsr().email(),
                        c.gpsr().productIdentification(), c.gpsr().warnings()), c.battery(), c.svhc()));
        assertThat(refusals(approved(), dossier, consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.GPSR_INFO_INCOMPLETE, "postal address"));
    }

    @Test
    void rule05_radioWithoutItsEvidence() {
        Dossier withoutEvidence = dossier(c -> new DossierContent(ce(c.ce(), DOC, null, true), c.rohs(), c.weee(),
                c.gpsr(), c.battery(), c.svhc()));
        assertThat(codes(refusals(approved(), withoutEvidence, consumerIn(FR))))
                .containsExactly(RefusalCode.RADIO_EVIDENCE_MISSING);
        Dossier withEvidence = dossier(c -> new DossierContent(ce(c.ce(), DOC, RED, true), c.rohs(), c.weee(),
                c.gpsr(), c.battery(), c.svhc()));
        assertThat(refusals(approved(), withEvidence, consumerIn(FR))).isEmpty();
    }

    @Test
    void rule06_aBatteryWithoutAnyRegistration() {
        Dossier battery = dossier(UnaryOperator.identity(), true);
        producers.put(SaleRules.key(ProducerKind.EPR_IDU_BATTERIES, FR), producer(ProducerKind.EPR_IDU_BATTERIES, FR, "FR000000_06BBBB", "Open Space Makers", TODAY.plusDays(400)));
        assertThat(refusals(approved(), battery, consumerIn(FR)))
                .containsExactly(Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, FR));
        assertThat(refusals(approved(), battery, consumerIn(DE)))
                .containsExactly(Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, DE));
    }

    @Test
    void rule07_anRndOnlyListingIsNotSoldToConsumers() {
        Dossier rnd = dossier(c -> new DossierContent(use(c.ce(), IntendedUse.PROFESSIONAL_RND_ONLY), c.rohs(), c.weee(),
                c.gpsr(), c.battery(), c.svhc()));
        assertThat(refusals(approved(), rnd, consumerIn(FR)))
                .containsExactly(Refusal.of(RefusalCode.CONSUMER_NOT_ALLOWED, BuyerType.CONSUMER));
        assertThat(refusals(approved(), rnd, sale(OfferKind.FULL_KIT, FR, BuyerType.PROFESSIONAL))).isEmpty();
    }

    @Test
    void rule08_aClassAProductNeedsTheBuyersAcknowledgement() {
        Dossier classA = dossier(c -> new DossierContent(emc(c.ce(), EmcClass.A), c.rohs(), c.weee(), c.gpsr(),
                c.battery(), c.svhc()));
        assertThat(refusals(approved(), classA, consumerIn(FR)))
                .containsExactly(Refusal.of(RefusalCode.ACKNOWLEDGEMENT_REQUIRED, "EMC_CLASS_A").withDetail("EMC_CLASS_A"));
        SaleRequest acknowledged = new SaleRequest(REVISION, OfferKind.FULL_KIT, FR, BuyerType.CONSUMER,
                Set.of("EMC_CLASS_A"), NOW);
        assertThat(refusals(approved(), classA, acknowledged)).isEmpty();
    }

    @Test
    void rule09_noWeeeRegistrationOrNoAuthorisedRepresentativeInTheCountry() {
        weee.remove("DE");
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(DE)))
                .containsExactly(Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, DE));
        weee.put("DE", weeeIn(DE, "DE-1", "Open Space Makers", TODAY.plusDays(400), null, null, null));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(DE)))
                .containsExactly(Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, DE).withDetail(SaleRules.NO_REPRESENTATIVE));
        weee.put("FR", weeeIn(FR, "FR-1", "Open Space Makers", TODAY.minusDays(1), null, null, null));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(FR)))
                .containsExactly(Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, FR));
    }

    @Test
    void rule10_aBatteryNeedsTheRegistrationOfTheDestination() {
        producers.put(SaleRules.key(ProducerKind.BATTERIES, DE), representedBatteries(DE));
        producers.put(SaleRules.key(ProducerKind.EPR_IDU_BATTERIES, FR), producer(ProducerKind.EPR_IDU_BATTERIES, FR, "FR000000_06BBBB", "Open Space Makers", TODAY.plusDays(400)));
        Dossier battery = dossier(UnaryOperator.identity(), true);
        assertThat(refusals(approved(), battery, consumerIn(DE))).isEmpty();
        assertThat(refusals(approved(), battery, consumerIn(FR)))
                .containsExactly(Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, FR));
    }

    @Test
    void rule11_franceNeedsTheUniqueIdentifiersOfItsStreams() {
        producers.remove(SaleRules.key(ProducerKind.EPR_IDU_EEE, FR));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.EPR_ID_MISSING, "DEEE").withDetail("EPR_IDU_EEE"));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(DE))).isEmpty();
        producers.put(SaleRules.key(ProducerKind.EPR_IDU_EEE, FR), producer(ProducerKind.EPR_IDU_EEE, FR, "FR000000_05AAAA", "Open Space Makers", TODAY.plusDays(400)));
        producers.put(SaleRules.key(ProducerKind.BATTERIES, FR), producer(ProducerKind.BATTERIES, FR, "FR-BAT-1", "Open Space Makers", TODAY.plusDays(400)));
        assertThat(refusals(approved(), dossier(UnaryOperator.identity(), true), consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.EPR_ID_MISSING, "batteries").withDetail("EPR_IDU_BATTERIES"));
    }

    @Test
    void rule12_warningsInTheLanguageOfTheDestination() {
        Dossier frenchOnly = dossier(c -> new DossierContent(c.ce(), c.rohs(), c.weee(),
                new DossierContent.Gpsr(c.gpsr().manufacturerName(), c.gpsr().postalAddress(), c.gpsr().email(),
                        c.gpsr().productIdentification(), Map.of("fr", "Attention")), c.battery(), c.svhc()));
        assertThat(refusals(approved(), frenchOnly, consumerIn(FR))).isEmpty();
        assertThat(refusals(approved(), frenchOnly, consumerIn(DE)))
                .containsExactly(Refusal.inCountry(RefusalCode.WARNINGS_NOT_IN_LANGUAGE, DE));
    }

    @Test
    void rule12_aMultilingualStateNeedsEachLanguageItRequires() {
        assertThat(codes(refusals(approved(), warnedIn("fr"), consumerIn(CountryCode.of("BE")))))
                .contains(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("fr", "nl"), consumerIn(CountryCode.of("BE")))))
                .contains(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("fr", "nl", "de"), consumerIn(CountryCode.of("BE")))))
                .doesNotContain(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("fi"), consumerIn(CountryCode.of("FI")))))
                .contains(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("fr", "de"), consumerIn(CountryCode.of("LU")))))
                .as("Luxembourgish is allowed, not required").doesNotContain(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("en"), consumerIn(CountryCode.of("MT")))))
                .as("Maltese or English").doesNotContain(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
        assertThat(codes(refusals(approved(), warnedIn("ga"), consumerIn(CountryCode.of("IE")))))
                .as("Ireland: English").contains(RefusalCode.WARNINGS_NOT_IN_LANGUAGE);
    }

    @Test
    void rule15_aWeeeRegistrationMustListEveryCategoryOfTheBoard() {
        weee.put("FR", weeeCovering(FR, EnumSet.of(WeeeCategory.SMALL_IT), true, true));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(FR))).containsExactly(
                Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, FR).withDetail(SaleRules.CATEGORY_NOT_COVERED));
        Dossier smallAndIt = dossier(c -> new DossierContent(c.ce(), c.rohs(),
                new DossierContent.Weee(true, EnumSet.of(WeeeCategory.SMALL, WeeeCategory.SMALL_IT), c.weee().takeBack()),
                c.gpsr(), c.battery(), c.svhc()));
        weee.put("FR", weeeCovering(FR, EnumSet.of(WeeeCategory.SMALL), true, true));
        assertThat(refusals(approved(), smallAndIt, consumerIn(FR))).containsExactly(
                Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, FR).withDetail(SaleRules.CATEGORY_NOT_COVERED));
        weee.put("FR", weeeCovering(FR, EnumSet.of(WeeeCategory.SMALL, WeeeCategory.SMALL_IT), true, true));
        assertThat(refusals(approved(), smallAndIt, consumerIn(FR))).isEmpty();
    }

    @Test
    void rule15_aHouseholdBoardNeedsARegistrationCoveringHouseholdEquipment() {
        weee.put("DE", weeeCovering(DE, EnumSet.of(WeeeCategory.SMALL), false, true));
        assertThat(refusals(approved(), dossier(c -> c), sale(OfferKind.FULL_KIT, DE, BuyerType.PROFESSIONAL)))
                .as("the board's scope decides, not the buyer's").containsExactly(
                        Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, DE).withDetail(SaleRules.SCOPE_NOT_COVERED));
        Dossier professional = dossier(c -> new DossierContent(c.ce(), c.rohs(),
                new DossierContent.Weee(false, c.weee().categories(), c.weee().takeBack()), c.gpsr(), c.battery(), c.svhc()));
        assertThat(refusals(approved(), professional, consumerIn(DE))).isEmpty();
        weee.put("DE", weeeCovering(DE, EnumSet.of(WeeeCategory.SMALL), true, false));
        assertThat(refusals(approved(), professional, consumerIn(DE))).containsExactly(
                Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, DE).withDetail(SaleRules.SCOPE_NOT_COVERED));
    }

    @Test
    void rule16_aBatteryRegistrationOutsideTheHomeCountryNeedsAnAuthorisedRepresentative() {
        Dossier battery = dossier(UnaryOperator.identity(), true);
        producers.put(SaleRules.key(ProducerKind.BATTERIES, DE), producer(ProducerKind.BATTERIES, DE, "DE-BAT-1", "Open Space Makers", TODAY.plusDays(400)));
        assertThat(refusals(approved(), battery, consumerIn(DE))).containsExactly(
                Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, DE).withDetail(SaleRules.NO_REPRESENTATIVE));
        producers.put(SaleRules.key(ProducerKind.BATTERIES, DE), representedBatteries(DE));
        assertThat(refusals(approved(), battery, consumerIn(DE))).isEmpty();
        producers.put(SaleRules.key(ProducerKind.BATTERIES, FR), producer(ProducerKind.BATTERIES, FR, "FR-BAT-1", "Open Space Makers", TODAY.plusDays(400)));
        producers.put(SaleRules.key(ProducerKind.EPR_IDU_BATTERIES, FR), producer(ProducerKind.EPR_IDU_BATTERIES, FR, "FR000000_06BBBB", "Open Space Makers", TODAY.plusDays(400)));
        assertThat(refusals(approved(), battery, consumerIn(FR))).as("at home it needs none").isEmpty();
    }

    @Test
    void rule17_packagingNeedsFrancesIduAndGermanysLucidNumber() {
        producers.remove(SaleRules.key(ProducerKind.EPR_IDU_PACKAGING, FR));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(FR)))
                .containsExactly(new Refusal(RefusalCode.EPR_ID_MISSING, "packaging").withDetail("EPR_IDU_PACKAGING"));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(DE))).isEmpty();
        producers.remove(SaleRules.key(ProducerKind.LUCID, DE));
        assertThat(refusals(approved(), dossier(c -> c), consumerIn(DE)))
                .containsExactly(new Refusal(RefusalCode.EPR_ID_MISSING, "packaging").withDetail("LUCID"));
    }

    private static Dossier warnedIn(String... languages) {
        Map<String, String> warnings = new java.util.TreeMap<>();
        for (String language : languages) {
            warnings.put(language, "Attention [" + language + "]");
        }
        return dossier(c -> new DossierContent(c.ce(), c.rohs(), c.weee(),
                new DossierContent.Gpsr(c.gpsr().manufacturerName(), c.gpsr().postalAddress(), c.gpsr().email(),
                        c.gpsr().productIdentification(), warnings), c.battery(), c.svhc()));
    }

    @Test
    void rule13_outsideTheEuByDefault() {
        CountryCode switzerland = CountryCode.of("CH");
        List<Refusal> refusals = refusals(approved(), dossier(c -> c), consumerIn(switzerland));
        assertThat(refusals).contains(Refusal.inCountry(RefusalCode.OUTSIDE_EU, switzerland));
        assertThat(codes(refusals)).doesNotContain(RefusalCode.WEEE_NOT_REGISTERED);
    }

    @Test
    void rule14_assemblyOnlyPartsMustMatchTheApprovedBomAndAlternates() {
        Dossier dossier = dossier(c -> c);
        assertThat(refusals(approved(), dossier, assembly(new SuppliedPart("R1", "crcw060310k0fkea"),
                new SuppliedPart("U1", "MAX31856MUD+T")))).isEmpty();
        assertThat(refusals(approved(), dossier, assembly(new SuppliedPart("U1", "MAX31855KASA+T"))))
                .containsExactly(new Refusal(RefusalCode.PARTS_MISMATCH, "U1: MAX31855KASA+T"));
        assertThat(refusals(approved(), dossier, assembly(new SuppliedPart("J9", "ANY"), new SuppliedPart("Q7", "X"))))
                .containsExactly(new Refusal(RefusalCode.PARTS_MISMATCH,
                        "J9 is not in the approved BOM; Q7 is not in the approved BOM"));
    }

    private List<Refusal> refusals(Review review, Dossier dossier, SaleRequest request) {
        return SaleRules.refusals(request, review, dossier, weee, producers, FR);
    }

    private static WeeeRegistration weeeIn(CountryCode country, String number, String holder, LocalDate until,
            String representative, String mandate, String scheme) {
        return new WeeeRegistration(new RegisterWeee(country.value(), number, holder, until, representative, mandate, scheme,
                EnumSet.of(WeeeCategory.SMALL), true, true));
    }

    /** The registration of the base fixture in the country, listing only these categories and this scope. */
    private static WeeeRegistration weeeCovering(CountryCode country, Set<WeeeCategory> categories, boolean household,
            boolean professional) {
        return new WeeeRegistration(new RegisterWeee(country.value(), country + "-1", "Open Space Makers",
                TODAY.plusDays(400), "Representative", "Mandate 1", null, categories, household, professional));
    }

    private static ProducerRegistration representedBatteries(CountryCode country) {
        return new ProducerRegistration(new RegisterProducer(ProducerKind.BATTERIES, country.value(), country + "-BAT-1",
                "Open Space Makers", TODAY.plusDays(400), "Bevollmächtigter GmbH", "Mandate B-1"));
    }

    private static ProducerRegistration producer(ProducerKind kind, CountryCode country, String number, String holder,
            LocalDate until) {
        return new ProducerRegistration(new RegisterProducer(kind, country.value(), number, holder, until));
    }

    private static List<RefusalCode> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    private static SaleRequest consumerIn(CountryCode country) {
        return sale(OfferKind.FULL_KIT, country, BuyerType.CONSUMER);
    }

    private static SaleRequest sale(OfferKind kind, CountryCode country, BuyerType buyer) {
        return new SaleRequest(REVISION, kind, country, buyer, Set.of(), NOW);
    }

    private static SaleRequest assembly(SuppliedPart... parts) {
        return new SaleRequest(REVISION, OfferKind.ASSEMBLY_ONLY, FR, BuyerType.CONSUMER, Set.of(), List.of(parts), NOW);
    }

    private static Review approved() {
        UUID reviewer = UUID.randomUUID();
        Review review = Review.submit(REVISION, UUID.randomUUID(), NOW.minusSeconds(3600));
        review.startReview(reviewer, NOW.minusSeconds(1800));
        review.approve(reviewer, new ApprovalScope(EnumSet.allOf(OfferKind.class), Set.of(FR, DE),
                EnumSet.allOf(BuyerType.class)), "complete", NOW.minusSeconds(600));
        return review;
    }

    private static Dossier dossier(UnaryOperator<DossierContent> change) {
        return dossier(change, false);
    }

    /**
     * A complete dossier (optionally with a coin cell) handed in with {@link #BOM}, then changed as
     * the test needs (as its team may once changes are requested): only a complete dossier freezes.
     */
    private static Dossier dossier(UnaryOperator<DossierContent> change, boolean battery) {
        Dossier dossier = Dossier.start(REVISION, NOW);
        for (String sha : List.of(DOC, DECLARATIONS, SOLDER, RED)) {
            dossier.attach(new EvidenceFile(sha, sha.charAt(0) + ".pdf", "application/pdf", 1000, NOW));
        }
        DossierContent complete = new DossierContent(
                new DossierContent.Ce(EnumSet.of(Act.EMC, Act.ROHS, Act.RED), "finished apparatus, below LVD limits",
                        IntendedUse.FINISHED_PRODUCT, "3.3 V DC", false, false, false, EmcClass.B,
                        List.of(new DossierContent.Standard("EN IEC 61326-1", "2021", true, "Table 1", null)),
                        "TF-1", new DossierContent.Declaration("DOC-1", SUBJECT.label(), SUBJECT.bomHash(), "A. Signer",
                                "Compliance officer", "Toulouse", TODAY.minusDays(1), DOC), null),
                new DossierContent.Rohs(9, List.of(part("R1 R2", "RC0603FR-0710KL", ""),
                        part("R1 R2", "CRCW060310K0FKEA", ""), part("U1", "MAX31856MUD+T", "")), "SAC305", SOLDER, "ENIG"),
                new DossierContent.Weee(true, Set.of(WeeeCategory.SMALL), "one-for-one take-back at the workshop"),
                new DossierContent.Gpsr("Open Space Makers", "12 rue des Ateliers, Toulouse", "c@osm.example",
                        "Thermocouple card 1.0", Map.of("fr", "Attention", "de", "Achtung")),
                new DossierContent.Battery(battery, battery ? "CR2032 coin cell" : "", battery),
                DossierContent.Svhc.NONE);
        dossier.replace(complete, NOW);
        dossier.freeze(SUBJECT, NOW);
        dossier.replace(change.apply(complete), NOW);
        return dossier;
    }

    private static DossierContent.PartEvidence part(String line, String mpn, String exemption) {
        return new DossierContent.PartEvidence(line, "maker", mpn, EvidenceType.MANUFACTURER_DECLARATION, DECLARATIONS,
                TODAY.minusDays(30), "RoHS", TODAY.minusDays(30), exemption);
    }

    private static DossierContent withParts(DossierContent c, List<DossierContent.PartEvidence> parts) {
        DossierContent.Rohs r = c.rohs();
        return new DossierContent(c.ce(), new DossierContent.Rohs(r.category(), parts, r.solderDescription(),
                r.solderFile(), r.pcbFinish()), c.weee(), c.gpsr(), c.battery(), c.svhc());
    }

    private static DossierContent.Ce ce(DossierContent.Ce ce, String doc, String radioEvidence, boolean radio) {
        DossierContent.Declaration d = ce.declaration();
        return new DossierContent.Ce(ce.acts(), ce.scopeRationale(), ce.intendedUse(), ce.supplyVoltage(),
                ce.mainsSupplied(), radio, ce.internetConnected(), ce.emcClass(), ce.standards(), ce.technicalFileRef(),
                new DossierContent.Declaration(d.number(), d.revisionLabel(), d.bomHash(), d.signatoryName(),
                        d.signatoryFunction(), d.place(), d.signedOn(), doc),
                radioEvidence);
    }

    private static DossierContent.Ce use(DossierContent.Ce ce, IntendedUse use) {
        return new DossierContent.Ce(ce.acts(), ce.scopeRationale(), use, ce.supplyVoltage(), ce.mainsSupplied(),
                ce.radio(), ce.internetConnected(), ce.emcClass(), ce.standards(), ce.technicalFileRef(), ce.declaration(),
                ce.radioEvidenceFile());
    }

    private static DossierContent.Ce emc(DossierContent.Ce ce, EmcClass emcClass) {
        return new DossierContent.Ce(ce.acts(), ce.scopeRationale(), ce.intendedUse(), ce.supplyVoltage(),
                ce.mainsSupplied(), ce.radio(), ce.internetConnected(), emcClass, ce.standards(), ce.technicalFileRef(),
                ce.declaration(), ce.radioEvidenceFile());
    }
}
