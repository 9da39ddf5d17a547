package be.brussels.international.coordination.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import be.brussels.international.coordination.shared.Brussels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#when.date(visit.startsOn)}}: dates and times as the reader reads them, each format the one of the
 * reader's language in the message files ({@code format.date=d MMM yyyy}), never a pattern typed in a
 * template. Instants are shown in Brussels time.
 */
@Component
class DatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** A day-of-month 1 standing alone, followed by a space (not the 1 of 11, 21 or a year). */
    private static final Pattern FIRST_DAY = Pattern.compile("(?<!\\d)1 ");

    private final MessageSource messages;

    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    DatesDialect(MessageSource messages) {
        super("Coordination dates");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("when");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new When(context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    private DateTimeFormatter formatter(String style, Locale locale) {
        return formatters.computeIfAbsent(style + '|' + locale, key -> DateTimeFormatter.ofPattern(
                messages.getMessage("format." + style, null, locale), locale));
    }

    /** The formats of one reader's language; null in, empty out. */
    public final class When {

        private final Locale locale;

        When(Locale locale) {
            this.locale = locale;
        }

        /** 28 nov. 2026 */
        public String date(TemporalAccessor value) {
            return format("date", value);
        }

        /** samedi 28 novembre 2026 */
        public String longDate(TemporalAccessor value) {
            return format("longDate", value);
        }

        /** 28 novembre 2026 */
        public String fullDate(TemporalAccessor value) {
            return format("fullDate", value);
        }

        /** 28 nov. */
        public String dayMonth(TemporalAccessor value) {
            return format("dayMonth", value);
        }

        /** novembre 2026 */
        public String month(TemporalAccessor value) {
            return format("month", value);
        }

        /** samedi */
        public String weekday(TemporalAccessor value) {
            return format("weekday", value);
        }

        /** sam. */
        public String shortWeekday(TemporalAccessor value) {
            return format("shortWeekday", value);
        }

        /** 14:30 */
        public String time(TemporalAccessor value) {
            return format("time", value);
        }

        /** 28 nov. 2026 14:30, in Brussels time for an instant */
        public String dateTime(TemporalAccessor value) {
            return format("dateTime", value);
        }

        /** samedi 28 novembre, 14:30 (the time where a partner is) */
        public String localTime(TemporalAccessor value) {
            return format("localTime", value);
        }

        /** du 10 déc. 2026 au 12 déc. 2026; a single day alone: 10 déc. 2026 (« du 10 au 10 » said nothing more). */
        public String period(java.time.LocalDate from, java.time.LocalDate to) {
            return period("date", from, to);
        }

        /** du jeudi 10 décembre 2026 au samedi 12 décembre 2026; a single day alone. */
        public String longPeriod(java.time.LocalDate from, java.time.LocalDate to) {
            return period("longDate", from, to);
        }

        /** du 10 décembre 2026 au 12 décembre 2026; a single day alone. */
        public String fullPeriod(java.time.LocalDate from, java.time.LocalDate to) {
            return period("fullDate", from, to);
        }

        private String period(String style, java.time.LocalDate from, java.time.LocalDate to) {
            if (from == null || to == null || from.equals(to)) {
                return format(style, from != null ? from : to);
            }
            return messages.getMessage("visit.period", new Object[] { format(style, from), format(style, to) }, locale);
        }

        private String format(String style, TemporalAccessor value) {
            if (value == null) {
                return "";
            }
            TemporalAccessor shown = value instanceof Instant instant ? ZonedDateTime.ofInstant(instant, Brussels.ZONE)
                    : value;
            String text = formatter(style, locale).format(shown);
            // French writes the first of the month as an ordinal: « 1er décembre ».
            return "fr".equals(locale.getLanguage()) && shown.isSupported(ChronoField.DAY_OF_MONTH)
                    && shown.get(ChronoField.DAY_OF_MONTH) == 1 ? FIRST_DAY.matcher(text).replaceFirst("1er ") : text;
        }
    }
}
