package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The guard of the two languages: every text a user sees comes from the message bundles, every
 * key used exists in English and in Russian, and the Russian bundle is really Russian.
 */
class TranslationTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** Keys whose text is the same in both languages on purpose: names, codes, examples. */
    private static final Set<String> SAME_IN_BOTH = Set.of("language.en", "language.ru", "nav.apiDocs", "documents.sha256",
            "admin.customFields.namePlaceholder");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:error|admin|account|contact|contacts|history|audit|documents|lookup|search)\\.[A-Za-z0-9_.-]+)\"");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

    private final Properties english = load("messages.properties");
    private final Properties russian = load("messages_ru.properties");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
        russian.stringPropertyNames().forEach(key -> assertThat(russian.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void russianTextIsRussian() {
        List<String> untranslated = new ArrayList<>();
        for (String key : russian.stringPropertyNames()) {
            String text = russian.getProperty(key);
            boolean cyrillic = text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            if (!SAME_IN_BOTH.contains(key) && !key.startsWith("format.") && (!cyrillic || text.equals(english.getProperty(key))) && !key.equals("app.name")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("keys whose Russian text is not Russian").isEmpty();
    }

    /** Issue 14: the Russian text called activities «дела», «события» and «задачи», and cleared ones «завершённые». */
    @Test
    void russianTextUsesOneTermForActivitiesAndOneForCleared() {
        Pattern otherTerms = Pattern.compile("(?iu)задачи|мероприяти|заверш|очищен|событи");
        // «серия событий» is the feature's name in the manual; an event of an iCalendar file is not an activity
        Pattern allowed = Pattern.compile("(?iu)сери[яиюй] событий");
        List<String> offending = new ArrayList<>();
        for (String key : russian.stringPropertyNames()) {
            String text = allowed.matcher(russian.getProperty(key)).replaceAll("");
            if (otherTerms.matcher(text).find() && !key.startsWith("calendar.import.") && !key.startsWith("error.ics.")) {
                offending.add(key + "=" + russian.getProperty(key));
            }
        }
        assertThat(russian.getProperty("tab.activities")).isEqualTo("Дела");
        assertThat(russian.getProperty("activities.filter.showCleared")).contains("выполненные");
        assertThat(offending).as("Russian texts naming activities or cleared ones otherwise").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher literal = LITERAL_KEY.matcher(html);
            while (literal.find()) {
                if (!english.containsKey(literal.group(1))) {
                    missing.add(template.getFileName() + ": " + literal.group(1));
                }
            }
            Matcher dynamic = DYNAMIC_KEY.matcher(html);
            while (dynamic.find()) {
                String prefix = dynamic.group(1);
                if (english.stringPropertyNames().stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(template.getFileName() + ": " + prefix + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeUsesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = JAVA_KEY.matcher(Files.readString(file));
                while (key.find()) {
                    String found = key.group(1);
                    // a literal ending in a dot is the prefix of keys the code completes
                    boolean known = found.endsWith(".")
                            ? english.stringPropertyNames().stream().anyMatch(name -> name.startsWith(found))
                            : english.containsKey(found);
                    if (!known) {
                        missing.add(file.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document html = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : html.getAllElements()) {
                if (hasOwnWords(element) && !textComesFromMessages(element)) {
                    hardCoded.add(template.getFileName() + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasWords(element.attr(attribute))) {
                        hardCoded.add(template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /**
     * Thymeleaf replaces the text of these elements, or the whole element, when it renders them.
     * (A page's html element replaces itself by the layout but passes its main element on, so
     * that one does not count.)
     */
    private static boolean textComesFromMessages(Element element) {
        for (Element scope = element; scope != null; scope = scope.parent()) {
            boolean replaced = (scope.hasAttr("th:replace") || scope.hasAttr("th:insert")) && !scope.tagName().equals("html");
            if (scope.hasAttr("th:text") || scope.hasAttr("th:utext") || scope.hasAttr("sec:authentication") || replaced) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnWords(Element element) {
        return !element.tagName().equals("script") && !element.tagName().equals("style") && hasWords(element.ownText());
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = TranslationTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
