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
package org.openhab.automation.v2x.internal.control;

import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A daily local-time window [start, end); it wraps over midnight when end is before start, and covers the
 * whole day when start equals end.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record TimeWindow(LocalTime start, LocalTime end) {

    /** The whole day. */
    public static final TimeWindow ALWAYS = new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /**
     * Parses {@code HH:mm-HH:mm}, e.g. {@code 16:00-23:00}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static TimeWindow parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Time window '" + text + "' must look like 16:00-23:00");
        }
        try {
            return new TimeWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Time window '" + text + "' must look like 16:00-23:00", e);
        }
    }

    /** Whether the window covers the given second of the local day (0..86399). */
    public boolean contains(int secondOfDay) {
        int from = start.toSecondOfDay();
        int to = end.toSecondOfDay();
        if (from == to) {
            return true;
        }
        return from < to ? secondOfDay >= from && secondOfDay < to : secondOfDay >= from || secondOfDay < to;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
