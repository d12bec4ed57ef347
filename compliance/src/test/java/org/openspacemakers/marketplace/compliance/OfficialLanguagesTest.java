package org.openspacemakers.marketplace.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The languages each member state requires, as the configuration file in the repository sets them. */
class OfficialLanguagesTest {

    @Test
    void multilingualStatesRequireEachOfTheirLanguagesOrOneWhereTheLawLetsThemChoose() {
        assertThat(OfficialLanguages.required(CountryCode.of("BE"))).containsExactly(Set.of("fr"), Set.of("nl"), Set.of("de"));
        assertThat(OfficialLanguages.required(CountryCode.of("FI"))).containsExactly(Set.of("fi"), Set.of("sv"));
        assertThat(OfficialLanguages.required(CountryCode.of("LU"))).containsExactly(Set.of("fr"), Set.of("de"));
        assertThat(OfficialLanguages.required(CountryCode.of("IE"))).containsExactly(Set.of("en"));
        assertThat(OfficialLanguages.required(CountryCode.of("MT"))).containsExactly(Set.of("mt", "en"));
        assertThat(OfficialLanguages.required(CountryCode.of("FR"))).containsExactly(Set.of("fr"));
        assertThat(OfficialLanguages.required(CountryCode.of("CH"))).isEmpty();
    }

    @Test
    void everyMemberStateHasItsRequiredLanguagesAmongItsOwn() {
        for (String member : CountryCode.EU_MEMBERS) {
            List<Set<String>> required = OfficialLanguages.required(CountryCode.of(member));
            assertThat(required).as(member).isNotEmpty();
            required.stream().flatMap(Set::stream).forEach(language -> assertThat(OfficialLanguages.of(CountryCode.of(member)))
                    .as(member).contains(language));
        }
        assertThat(OfficialLanguages.missing(CountryCode.of("BE"), Set.of("fr", "de"))).containsExactly(Set.of("nl"));
    }
}
