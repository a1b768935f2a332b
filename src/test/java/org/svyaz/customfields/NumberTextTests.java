package org.svyaz.customfields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers of custom fields as a Russian and an English reader write them. */
class NumberTextTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void writesThousandsAndDecimalsAsEachLanguageDoes() {
        assertThat(NumberText.format(new BigDecimal("1234.500000"), RUSSIAN)).isEqualTo("1\u00a0234,5");
        assertThat(NumberText.format(new BigDecimal("1234.500000"), Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(NumberText.format(new BigDecimal("-1234567.000000"), RUSSIAN)).isEqualTo("-1\u00a0234\u00a0567");
        assertThat(NumberText.format(new BigDecimal("0.125000"), Locale.ENGLISH)).isEqualTo("0.125");
    }

    @Test
    void readsANumberWrittenEitherWayFromAnyone() {
        for (Locale locale : new Locale[] {RUSSIAN, Locale.ENGLISH}) {
            assertThat(NumberText.parse("1 234,5", locale)).isEqualByComparingTo("1234.5");
            assertThat(NumberText.parse("1\u00a0234,5", locale)).isEqualByComparingTo("1234.5");
            assertThat(NumberText.parse("1,234.5", locale)).isEqualByComparingTo("1234.5");
            assertThat(NumberText.parse("1.234.567", locale)).isEqualByComparingTo("1234567");
            assertThat(NumberText.parse("1.234,5", locale)).isEqualByComparingTo("1234.5");
            assertThat(NumberText.parse("1234.5", locale)).isEqualByComparingTo("1234.5");
            assertThat(NumberText.parse("-12,75", locale)).isEqualByComparingTo("-12.75");
            assertThat(NumberText.parse(NumberText.format(new BigDecimal("98765.4321"), locale), locale)).isEqualByComparingTo("98765.4321");
        }
    }

    @Test
    void letsTheLanguageDecideWhatACommaBeforeThreeDigitsMeans() {
        assertThat(NumberText.parse("1,234", Locale.ENGLISH)).isEqualByComparingTo("1234");
        assertThat(NumberText.parse("1,234", RUSSIAN)).isEqualByComparingTo("1.234");
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> NumberText.parse("1,2,3", Locale.ENGLISH)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NumberText.parse("двенадцать", RUSSIAN)).isInstanceOf(NumberFormatException.class);
    }
}
