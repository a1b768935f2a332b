package org.svyaz.customfields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers of custom fields as a reader of each language writes them: {@code 1 234,5} in Russian
 * (a no-break space between thousands, a decimal comma), {@code 1,234.5} in English. Reading
 * takes either way from anyone, as people paste numbers from everywhere.
 */
public final class NumberText {

    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f']");
    /** 1,234 or 1,234,567.5: commas between thousands, a decimal point. */
    private static final Pattern COMMA_GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    /** 1.234.567 or 1.234,5: points between thousands, a decimal comma. */
    private static final Pattern POINT_GROUPED = Pattern.compile("[-+]?\\d{1,3}((\\.\\d{3}){2,}(,\\d*)?|(\\.\\d{3})+,\\d*)");
    /** 1234,5 */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    private NumberText() {
    }

    /** The number for a reader of this locale's language, without trailing zeros. */
    public static String format(BigDecimal number, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean russian = russian(locale);
        symbols.setGroupingSeparator(russian ? NO_BREAK_SPACE : ',');
        symbols.setDecimalSeparator(russian ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }

    /**
     * Reads a number written the Russian or the English way. Only {@code 1,234} means two things:
     * a thousand and more to an English reader, one and a bit to a Russian one; the locale decides.
     *
     * @throws NumberFormatException when the text is not a number written either way
     */
    public static BigDecimal parse(String text, Locale locale) {
        String compact = SPACES.matcher(text).replaceAll("");
        List<Pattern> order = russian(locale) ? List.of(DECIMAL_COMMA, COMMA_GROUPED, POINT_GROUPED)
                : List.of(COMMA_GROUPED, DECIMAL_COMMA, POINT_GROUPED);
        for (Pattern pattern : order) {
            if (pattern.matcher(compact).matches()) {
                return new BigDecimal(plain(pattern, compact));
            }
        }
        return new BigDecimal(compact);
    }

    private static String plain(Pattern pattern, String compact) {
        if (pattern == COMMA_GROUPED) {
            return compact.replace(",", "");
        }
        if (pattern == POINT_GROUPED) {
            return compact.replace(".", "").replace(',', '.');
        }
        return compact.replace(',', '.');
    }

    private static boolean russian(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage());
    }
}
