package org.openspacemakers.marketplace.books.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.books.YearFigures;

/**
 * The geometry of the charts the transparency page draws as inline SVG on the server: no script,
 * nothing the strict CSP refuses (coordinates are attributes, colours and patterns classes of
 * store.css), and every value written as text beside its mark, so that a chart reads without colour.
 */
final class Charts {

    /** The month chart's drawing area, in SVG user units. */
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 12;
    private static final int BASELINE = 214;
    private static final int TALLEST = 170;
    private static final int STEP = 58;
    private static final int BAR = 40;

    /** The progress bar's length. */
    static final int PROGRESS_WIDTH = 600;

    private Charts() {
    }

    /** One month's bar: where it stands, its month's short name and its value in whole euros. */
    record Bar(int x, int y, int width, int height, int labelX, String month, String value, long fundedMinor) {
    }

    /** The twelve bars of what sales and donations brought the association each month. */
    static List<Bar> months(YearFigures year, Locale locale) {
        List<Bar> bars = new ArrayList<>();
        long largest = year.largestMonthMinor();
        for (int i = 0; i < year.months().size(); i++) {
            YearFigures.Month month = year.months().get(i);
            long funded = month.fundedMinor();
            int height = (int) Math.round((double) funded * TALLEST / largest);
            if (funded > 0 && height == 0) {
                height = 1;
            }
            int x = LEFT + i * STEP;
            bars.add(new Bar(x, BASELINE - height, BAR, height, x + BAR / 2,
                    month.month().getMonth().getDisplayName(TextStyle.SHORT, locale), wholeEuros(funded), funded));
        }
        return bars;
    }

    /** The filled length of the progress bar towards the budget target. */
    static int progressWidth(YearFigures year) {
        return PROGRESS_WIDTH * year.percentOfTarget() / 100;
    }

    /** An amount rounded to whole euros, as a chart's label says it (the tables give the cents). */
    static String wholeEuros(long minor) {
        return BigDecimal.valueOf(minor, 2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static int baseline() {
        return BASELINE;
    }
}
