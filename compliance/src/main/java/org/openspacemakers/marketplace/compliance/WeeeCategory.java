package org.openspacemakers.marketplace.compliance;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openspacemakers.marketplace.refusal.InvalidInput;

/**
 * The six categories of electrical and electronic equipment of the WEEE Directive 2012/19/EU,
 * Annex III, by their number there. A board states its own; a WEEE registration lists those it
 * covers. In text they are written by number ({@code "5"}, {@code "5, 6"}); an older free text
 * that names its category by number ({@code "Category 5 (small equipment)"}) reads the same.
 */
public enum WeeeCategory {
    /** 1. Temperature exchange equipment. */
    TEMPERATURE_EXCHANGE,
    /** 2. Screens, monitors and equipment containing screens larger than 100 cm². */
    SCREENS,
    /** 3. Lamps. */
    LAMPS,
    /** 4. Large equipment (an external dimension above 50 cm). */
    LARGE,
    /** 5. Small equipment (no external dimension above 50 cm). */
    SMALL,
    /** 6. Small IT and telecommunication equipment (no external dimension above 50 cm). */
    SMALL_IT;

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The category's number in Annex III, 1 to 6. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * The categories of these numbers, as a register entry gives them; refused naming
     * {@code categories} when one is not 1 to 6. None given: none.
     */
    public static Set<WeeeCategory> numbered(Collection<Integer> numbers) {
        Set<WeeeCategory> numbered = EnumSet.noneOf(WeeeCategory.class);
        for (Integer number : numbers == null ? List.<Integer>of() : numbers) {
            if (number == null || !isCategory(number)) {
                throw new InvalidInput("categories", "invalid.weeeCategories");
            }
            numbered.add(values()[number - 1]);
        }
        return numbered;
    }

    /** The categories a text names by number; numbers that are no category are passed over. */
    public static Set<WeeeCategory> namedIn(String text) {
        Set<WeeeCategory> named = EnumSet.noneOf(WeeeCategory.class);
        numbersIn(text).filter(WeeeCategory::isCategory).forEach(n -> named.add(values()[n - 1]));
        return named;
    }

    /** Whether a text says categories and nothing else by number: at least one number, each of them 1 to 6. */
    public static boolean onlyCategoriesIn(String text) {
        return numbersIn(text).allMatch(WeeeCategory::isCategory) && !namedIn(text).isEmpty();
    }

    /** The categories written by number, in order: {@code "5, 6"}; empty for none. */
    public static String text(Collection<WeeeCategory> categories) {
        return categories.stream().sorted().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", "));
    }

    private static Stream<Integer> numbersIn(String text) {
        Matcher numbers = NUMBER.matcher(text == null ? "" : text);
        return numbers.results().map(found -> found.group().length() > 2 ? 0 : Integer.parseInt(found.group()));
    }

    private static boolean isCategory(int number) {
        return number >= 1 && number <= values().length;
    }
}
