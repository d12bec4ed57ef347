package org.openspacemakers.marketplace.donation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts in French words, as a tax receipt writes them "en toutes lettres". */
class FrenchWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100       | un euro
            1000      | dix euros
            2100      | vingt et un euros
            7100      | soixante et onze euros
            7700      | soixante-dix-sept euros
            8000      | quatre-vingts euros
            8100      | quatre-vingt-un euros
            9100      | quatre-vingt-onze euros
            20000     | deux cents euros
            20100     | deux cent un euros
            100000    | mille euros
            8000000   | quatre-vingt mille euros
            123456    | mille deux cent trente-quatre euros et cinquante-six centimes
            1000001   | dix mille euros et un centime
            100000000 | un million d'euros
            """)
    void writesAmountsInWords(long cents, String words) {
        assertThat(FrenchWords.euros(cents)).isEqualTo(words);
    }
}
