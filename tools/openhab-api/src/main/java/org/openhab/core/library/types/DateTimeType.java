/*
 * Copyright (c) 2026 Contributors to the openHAB V2X project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.library.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/** A point in time. Equality and order are those of the instant, whatever zone the value is shown in. */
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    private static final DateTimeFormatter FULL_FORMATTER = DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS);

    private final Instant instant;

    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
    }

    /** Parses ISO-8601 date-times with zone or offset, local date-times (system zone), dates and instants. */
    public DateTimeType(String value) {
        this.instant = parse(value.trim());
    }

    private static Instant parse(String value) {
        try {
            return ZonedDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z"))
                    .toInstant();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date-time: '" + value + "'", e);
        }
    }

    /** The value in the system's default zone. */
    public ZonedDateTime getZonedDateTime() {
        return getZonedDateTime(ZoneId.systemDefault());
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    /** Formats with {@link String#format} (e.g. {@code %1$tY-%1$tm-%1$td}); {@code null} gives the full string. */
    public String format(@Nullable String pattern, ZoneId zoneId) {
        if (pattern == null) {
            return toFullString(zoneId);
        }
        return String.format(pattern, getZonedDateTime(zoneId));
    }

    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(ZoneId.systemDefault());
    }

    public String toFullString(ZoneId zoneId) {
        try {
            return getZonedDateTime(zoneId).format(FULL_FORMATTER);
        } catch (DateTimeException e) {
            return instant.toString();
        }
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DateTimeType other && instant.equals(other.instant);
    }

    @Override
    public int compareTo(DateTimeType other) {
        return instant.compareTo(other.instant);
    }
}
