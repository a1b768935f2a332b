package org.svyaz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Counts in text take the plural form of the language's rules (ICU), and dates in messages read as dd.MM.yyyy. */
class PluralMessagesTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<Integer> COUNTS = List.of(1, 2, 5, 11, 21, 22, 25, 31);

    private final MessageSource messages = new IcuMessageSource();

    @Test
    void russianCountsTakeTheirOneFewAndManyForms() {
        assertThat(texts("activities.taskList.count", RUSSIAN)).containsExactly("1 дело", "2 дела", "5 дел", "11 дел", "21 дело",
                "22 дела", "25 дел", "31 дело");
        assertThat(texts("contacts.list.count", RUSSIAN)).containsExactly("1 контакт", "2 контакта", "5 контактов",
                "11 контактов", "21 контакт", "22 контакта", "25 контактов", "31 контакт");
        assertThat(texts("series.offset.WEEKS", RUSSIAN)).containsExactly("через 1 неделю", "через 2 недели", "через 5 недель",
                "через 11 недель", "через 21 неделю", "через 22 недели", "через 25 недель", "через 31 неделю");
        assertThat(texts("error.activity.alarm", RUSSIAN)).extracting(text -> text.replaceAll(".* за (.*) до дела\\.", "$1"))
                .containsExactly("1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "25 дней", "31 день");
        assertThat(texts("error.activity.duration", RUSSIAN)).extracting(text -> text.replaceAll(".* до (.*)\\.", "$1"))
                .containsExactly("1 дня", "2 дней", "5 дней", "11 дней", "21 дня", "22 дней", "25 дней", "31 дня");
    }

    @Test
    void englishCountsTakeTheirOneAndOtherForms() {
        assertThat(texts("activities.taskList.count", Locale.ENGLISH)).containsExactly("1 activity", "2 activities",
                "5 activities", "11 activities", "21 activities", "22 activities", "25 activities", "31 activities");
        assertThat(texts("series.offset.MONTHS", Locale.ENGLISH)).containsExactly("after 1 month", "after 2 months",
                "after 5 months", "after 11 months", "after 21 months", "after 22 months", "after 25 months", "after 31 months");
    }

    @Test
    void aMessageWithTwoCountsInflectsEach() {
        assertThat(messages.getMessage("series.schedule.done", new Object[] {21, 1}, RUSSIAN))
                .isEqualTo("Запланировано 21 дело для 1 контакта.");
        assertThat(messages.getMessage("series.schedule.done", new Object[] {1, 5}, Locale.ENGLISH))
                .isEqualTo("1 activity was scheduled for 5 contacts.");
    }

    @Test
    void datesAndTimesInMessagesReadAsTheLanguageWritesThem() {
        String confirm = messages.getMessage("series.confirm.activities", new Object[] {4, 1, LocalDate.of(2003, 9, 5)}, RUSSIAN);
        String earlier = messages.getMessage("series.confirm.earlierRun",
                new Object[] {LocalDateTime.of(2003, 9, 1, 9, 5), LocalDate.of(2003, 9, 5), 2}, RUSSIAN);

        assertThat(confirm).contains("начиная с 05.09.2003").doesNotContain("2003-09-05");
        assertThat(earlier).startsWith("запланирована 01.09.2003 09:05, дата начала 05.09.2003");
    }

    @Test
    void messagesWithoutArgumentsAreReturnedAsWritten() {
        assertThat(messages.getMessage("tab.activities", null, RUSSIAN)).isEqualTo("Дела");
        assertThat(messages.getMessage("format.date", null, RUSSIAN)).isEqualTo("dd.MM.yyyy");
    }

    private List<String> texts(String key, Locale locale) {
        return COUNTS.stream().map(count -> messages.getMessage(key, new Object[] {count}, locale)).toList();
    }
}
