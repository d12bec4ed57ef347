package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every refusal code said to a buyer in English and in French, as the product page, the order page
 * and the order API say it ({@link RefusalMessages#explain}): a sentence of its own, with no code
 * in it, and French with no English left in it. Each code is said through the refusals the store
 * makes of it (one per variant of its sentence).
 */
class RefusalWordsTest {

    /** Words of the English sentences that French ones once carried. */
    private static final List<String> ENGLISH = List.of("authorised", "representative", "acknowledge", "withdrawn",
            "declaration file", "missing", " and ", "the ", "warning ", "registration");

    /** An acknowledgement the messages do not know yet: said by the code's own sentence. */
    private static final String UNKNOWN_ACKNOWLEDGEMENT = "A_FUTURE_ACKNOWLEDGEMENT";

    /** The acknowledgements a buyer may be asked for: codes of the API, never words for people. */
    private static final List<String> ACKNOWLEDGEMENT_CODES = List.of("EMC_CLASS_A", UNKNOWN_ACKNOWLEDGEMENT);

    private final RefusalMessages messages = new RefusalMessages(messageSource());

    /** The messages as {@code application.properties} configures them. */
    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    static Stream<Arguments> everyRefusalInEachLanguage() {
        return Arrays.stream(RefusalCode.values())
                .flatMap(code -> representatives(code).stream())
                .flatMap(refusal -> Stream.of(Locale.ENGLISH, Locale.FRENCH).map(locale -> Arguments.of(refusal, locale)));
    }

    /**
     * The refusals the store makes of a code: one per sentence, with a subject as the store gives it
     * (and an acknowledgement with no sentence of its own yet).
     */
    private static List<Refusal> representatives(RefusalCode code) {
        return switch (code) {
            case NOT_APPROVED -> List.of(Refusal.of(code, "DRAFT"), Refusal.of(code, "ASSEMBLY_ONLY"));
            case APPROVAL_SUSPENDED -> List.of(Refusal.of(code, "SUSPENDED"));
            case NOT_APPROVED_FOR_COUNTRY, WARNINGS_NOT_IN_LANGUAGE -> List.of(Refusal.inCountry(code, "DE"));
            case BATTERY_NOT_REGISTERED ->
                    List.of(Refusal.inCountry(code, "DE"), Refusal.inCountry(code, "DE").withDetail("NO_REPRESENTATIVE"));
            case WEEE_NOT_REGISTERED ->
                    List.of(Refusal.inCountry(code, "DE"), Refusal.inCountry(code, "DE").withDetail("NO_REPRESENTATIVE"),
                            Refusal.inCountry(code, "DE").withDetail("CATEGORY_NOT_COVERED"),
                            Refusal.inCountry(code, "DE").withDetail("SCOPE_NOT_COVERED"));
            case OUTSIDE_EU -> List.of(Refusal.inCountry(code, "CH"));
            case NOT_APPROVED_FOR_BUYER_TYPE, CONSUMER_NOT_ALLOWED -> List.of(Refusal.of(code, "CONSUMER"));
            case PROFESSIONAL_NOT_VERIFIED -> List.of(Refusal.of(code, "FR40303265045"));
            case ACKNOWLEDGEMENT_REQUIRED -> List.of(Refusal.of(code, "EMC_CLASS_A").withDetail("EMC_CLASS_A"),
                    Refusal.of(code, UNKNOWN_ACKNOWLEDGEMENT).withDetail(UNKNOWN_ACKNOWLEDGEMENT));
            case EPR_ID_MISSING -> List.of(Refusal.of(code, "DEEE").withDetail("EPR_IDU_EEE"),
                    Refusal.of(code, "batteries").withDetail("EPR_IDU_BATTERIES"),
                    Refusal.of(code, "packaging").withDetail("EPR_IDU_PACKAGING"),
                    Refusal.of(code, "packaging").withDetail("LUCID"));
            case DOC_MISSING -> List.of(Refusal.of(code, "declaration file"));
            case ROHS_EVIDENCE_MISSING -> List.of(Refusal.of(code, "R1 R2; U1"));
            case EVIDENCE_EXPIRED -> List.of(Refusal.of(code, "EN 55032 withdrawn on 2026-12-01"));
            case GPSR_INFO_INCOMPLETE -> List.of(Refusal.of(code, "postal address"));
            case RADIO_EVIDENCE_MISSING -> List.of(Refusal.of(code, "RED assessment"));
            case PARTS_MISMATCH -> List.of(Refusal.of(code, "U1: MAX31855KASA+T"));
            case CAPACITY_EXHAUSTED -> List.of(Refusal.of(code, "Team A"));
            case TEAM_PAUSED -> List.of(Refusal.of(code, "2027-01-15"));
            case UNPAID_LIMIT_REACHED -> List.of(Refusal.of(code, 3), Refusal.of(code, 10).withDetail("boards"));
            case CE_INFO_INCOMPLETE -> List.of(Refusal.of(code, "scope rationale"));
            case WEEE_INFO_INCOMPLETE -> List.of(Refusal.of(code, "take-back information"));
            case BATTERY_INFO_INCOMPLETE -> List.of(Refusal.of(code, "battery description"));
            case SVHC_DISCLOSURE_MISSING -> List.of(Refusal.of(code, "SVHC disclosure"));
            case CHECKLIST_INCOMPLETE -> List.of(Refusal.of(code, "DECLARATION_OF_CONFORMITY"));
        };
    }

    @ParameterizedTest
    @MethodSource("everyRefusalInEachLanguage")
    void everyRefusalIsASentenceInTheReadersLanguageWithoutCodes(Refusal refusal, Locale locale) {
        String sentence = said(refusal, locale);

        assertThat(sentence).as("a sentence, not a key or a code").endsWith(".").contains(" ");
        assertThat(sentence).doesNotContain(Arrays.stream(RefusalCode.values()).map(RefusalCode::name).toList())
                .doesNotContain(ACKNOWLEDGEMENT_CODES);
        if (!refusal.detail().isEmpty() && !refusal.detail().equals(UNKNOWN_ACKNOWLEDGEMENT)) {
            assertThat(sentence).as("the detail's own sentence")
                    .isNotEqualTo(said(new Refusal(refusal.code(), refusal.subject(), refusal.subjectKind(), ""), locale));
        }
        if (locale.equals(Locale.FRENCH)) {
            assertThat(sentence.toLowerCase(Locale.ROOT)).doesNotContain(ENGLISH)
                    .isNotEqualTo(said(refusal, Locale.ENGLISH));
        }
    }

    private String said(Refusal refusal, Locale locale) {
        return messages.explain(List.of(refusal), locale).get(0).message();
    }

    static Stream<Arguments> refusalsAboutACountry() {
        return Stream.of(RefusalCode.NOT_APPROVED_FOR_COUNTRY, RefusalCode.BATTERY_NOT_REGISTERED,
                        RefusalCode.WARNINGS_NOT_IN_LANGUAGE, RefusalCode.WEEE_NOT_REGISTERED, RefusalCode.OUTSIDE_EU)
                .flatMap(code -> representatives(code).stream())
                .flatMap(refusal -> Stream.of(Arguments.of(refusal, Locale.ENGLISH, countryName(refusal, "Germany", "Switzerland")),
                        Arguments.of(refusal, Locale.FRENCH, countryName(refusal, "Allemagne", "Suisse"))));
    }

    private static String countryName(Refusal refusal, String germany, String switzerland) {
        return refusal.subject().startsWith("CH") ? switzerland : germany;
    }

    @ParameterizedTest
    @MethodSource("refusalsAboutACountry")
    void aRefusalAboutACountryNamesItInTheReadersLanguage(Refusal refusal, Locale locale, String name) {
        assertThat(said(refusal, locale)).contains(name)
                .doesNotContainPattern("\\b(DE|CH)\\b");
    }
}
