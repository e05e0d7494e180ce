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
package org.openhab.v2x.simulator.home;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the scenario CSV format: a header row naming the columns ({@code timestamp, load_w, pv_w,
 * grid_available, ev_present, ev_trip_kwh}, optional {@code price_import, price_export, critical_load_w}), then one
 * row per step. Every problem is an {@link IllegalArgumentException} naming the line and column.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ScenarioCsv {

    public static final double DEFAULT_PRICE_IMPORT = 0.30;
    public static final double DEFAULT_PRICE_EXPORT = 0.08;

    private static final List<String> REQUIRED = List.of("timestamp", "load_w", "pv_w", "grid_available", "ev_present",
            "ev_trip_kwh");

    private ScenarioCsv() {
    }

    public static Scenario read(String name, Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        while (header != null && header.isBlank()) {
            header = reader.readLine();
        }
        if (header == null) {
            throw new IllegalArgumentException(name + ": empty file, expected a header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.replace("\uFEFF", "").split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(name + ": column '" + column + "' is missing in the header");
            }
        }
        List<ScenarioStep> steps = new ArrayList<>();
        ZoneOffset offset = null;
        int lineNumber = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(name, lineNumber, line.split(",", -1), columns);
            OffsetDateTime time = row.time();
            if (offset == null) {
                offset = time.getOffset();
            }
            double load = row.number("load_w", null);
            try {
                steps.add(new ScenarioStep(time.toInstant(), load, row.number("pv_w", null), row.flag("grid_available"),
                        row.flag("ev_present"), row.number("ev_trip_kwh", null), row.number("critical_load_w", load),
                        row.number("price_import", DEFAULT_PRICE_IMPORT),
                        row.number("price_export", DEFAULT_PRICE_EXPORT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (offset == null) {
            throw new IllegalArgumentException(name + ": no data rows after the header");
        }
        return new Scenario(name, steps, offset);
    }

    /** One data row with access by column name. */
    private static final class Row {
        private final String source;
        private final int line;
        private final String[] cells;
        private final Map<String, Integer> columns;

        Row(String source, int line, String[] cells, Map<String, Integer> columns) {
            this.source = source;
            this.line = line;
            this.cells = cells;
            this.columns = columns;
        }

        @Nullable
        String cell(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length) {
                return null;
            }
            String text = cells[index].trim();
            return text.isEmpty() ? null : text;
        }

        OffsetDateTime time() {
            String text = cell("timestamp");
            try {
                if (text == null) {
                    throw new DateTimeParseException("empty", "", 0);
                }
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw error("timestamp", text, "an ISO-8601 time with offset, e.g. 2026-06-19T07:30:00+02:00");
            }
        }

        double number(String column, @Nullable Double defaultValue) {
            String text = cell(column);
            if (text == null) {
                if (defaultValue == null) {
                    throw error(column, null, "a number");
                }
                return defaultValue;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw error(column, text, "a number");
            }
        }

        boolean flag(String column) {
            String text = cell(column);
            if ("1".equals(text) || "true".equalsIgnoreCase(text)) {
                return true;
            }
            if ("0".equals(text) || "false".equalsIgnoreCase(text)) {
                return false;
            }
            throw error(column, text, "0 or 1");
        }

        private IllegalArgumentException error(String column, @Nullable String value, String expected) {
            return new IllegalArgumentException(source + " line " + line + ", column " + column + ": '"
                    + (value == null ? "" : value) + "' is not " + expected);
        }
    }
}
