package com.bizosaas.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as the viewer reads them ({@code #{dates.show(task.createdAt)}}): in their time zone (which
 * {@code resources/js/time-zone.js} tells the server in a cookie) and their browser's language, "7 Dec 2026, 14:26";
 * a moment of the last hour as "just now" or "12 min ago", of the next hour as "in 12 min"; UTC, said so, when the
 * browser did not tell its zone. {@code #{dates.exact(…)}} gives the full moment for a tooltip.
 */
@Named
@RequestScoped
public class Dates {

    static final String ZONE_COOKIE = "bizosaas-tz";

    private ZoneId zone;
    private Locale locale;

    public String show(Object moment) {
        ZonedDateTime when = zoned(moment);
        if (when == null) {
            if (moment instanceof LocalDate date) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
            }
            return moment == null ? "" : String.valueOf(moment);
        }
        Duration ago = Duration.between(when.toInstant(), Instant.now());
        if (!ago.isNegative() && ago.compareTo(Duration.ofHours(1)) < 0) {
            return ago.toMinutes() < 1 ? "just now" : ago.toMinutes() + " min ago";
        }
        if (ago.isNegative() && ago.abs().compareTo(Duration.ofHours(1)) < 0) {
            return ago.abs().toMinutes() < 1 ? "in a moment" : "in " + ago.abs().toMinutes() + " min";
        }
        return format(when);
    }

    /** The moment in full, for a tooltip: "7 Dec 2026, 14:26:03 Europe/Berlin". */
    public String exact(Object moment) {
        ZonedDateTime when = zoned(moment);
        return when == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .format(when) + " " + when.getZone().getId();
    }

    static String format(ZonedDateTime when, Locale locale) {
        String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(when);
        return when.getZone().equals(ZoneOffset.UTC) ? text + " UTC" : text;
    }

    private String format(ZonedDateTime when) {
        return format(when, locale());
    }

    private ZonedDateTime zoned(Object moment) {
        if (moment instanceof Instant instant) {
            return instant.atZone(zone());
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone());
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone());
        }
        if (moment instanceof java.time.LocalDateTime local) {
            return local.atZone(ZoneOffset.UTC).withZoneSameInstant(zone()); // the platform stores UTC
        }
        return null;
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = ZoneOffset.UTC;
            Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
            if (cookie instanceof Cookie told) {
                zone = zoneOf(URLDecoder.decode(told.getValue(), StandardCharsets.UTF_8));
            }
        }
        return zone;
    }

    /** A zone a browser named, or UTC for anything that is not one. */
    static ZoneId zoneOf(String name) {
        try {
            return name == null || name.isBlank() || name.length() > 64 ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException notAZone) {
            return ZoneOffset.UTC;
        }
    }

    private Locale locale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            // the consoles' words are English: the date follows the browser's region (en-GB 7 Dec, en-US Dec 7)
            locale = requested != null && "en".equals(requested.getLanguage()) ? requested : Locale.UK;
        }
        return locale;
    }
}
