package org.svyaz.shell.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;
import org.svyaz.shell.Formats;

/**
 * The messages ({@code messages.properties}, {@code messages_ru.properties}) formatted with ICU's
 * MessageFormat, for pages ({@code #{...}}) and Java code alike: a count takes the plural form of the
 * language's rules ({@code {0, plural, one{# день} few{# дня} many{# дней} other{# дня}}}), which the
 * JDK's MessageFormat cannot do for Russian, and dates and times passed as arguments are shown by
 * {@link Formats}. Messages without arguments are returned as written, as Spring does.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    /** Parsed messages by language and key; a pattern is parsed once, as Spring caches its MessageFormats. */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    IcuMessageSource() {
        setBasename("messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        MessageFormat format = format(code, language);
        if (format == null) {
            return super.getMessageInternal(code, args, language);
        }
        Object[] shown = Arrays.stream(resolveArguments(args, language))
                .map(arg -> Formats.shown(arg, language, key -> resolveCodeWithoutArguments(key, language)))
                .toArray();
        synchronized (format) {
            return format.format(shown);
        }
    }

    private MessageFormat format(String code, Locale locale) {
        Map<String, MessageFormat> byCode = formats.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
        MessageFormat format = byCode.get(code);
        if (format == null) {
            String pattern = resolveCodeWithoutArguments(code, locale);
            if (pattern == null) {
                return null;
            }
            format = byCode.computeIfAbsent(code, key -> new MessageFormat(pattern, ULocale.forLocale(locale)));
        }
        return format;
    }
}
