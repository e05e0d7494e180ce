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
package org.openhab.v2x.bench.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads and writes the scenario CSV of CONTROL.md. Columns may come in any order; the optional price and critical
 * load columns may be left out. Every error names the line. The one reader of the format: the sandbox replays what
 * it returns too.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ScenarioCsv {

    static final String TIMESTAMP = "timestamp";
    static final String LOAD = "load_w";
    static final String PV = "pv_w";
    static final String GRID = "grid_available";
    static final String PRESENT = "ev_present";
    static final String TRIP = "ev_trip_kwh";
    static final String PRICE_IMPORT = "price_import";
    static final String PRICE_EXPORT = "price_export";
    static final String CRITICAL = "critical_load_w";

    private static final List<String> REQUIRED = List.of(TIMESTAMP, LOAD, PV, GRID, PRESENT, TRIP);

    private ScenarioCsv() {
    }

    public static Scenario read(Path file) throws IOException, ScenarioFormatException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    public static Scenario read(Reader source, String name) throws IOException, ScenarioFormatException {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        String header = reader.readLine();
        if (header == null) {
            throw new ScenarioFormatException(name, 1, "empty file, expected a header row");
        }
        Map<String, Integer> columns = columns(header.replace("\uFEFF", ""), name);
        int ts = columns.get(TIMESTAMP);
        int load = columns.get(LOAD);
        int pv = columns.get(PV);
        int grid = columns.get(GRID);
        int present = columns.get(PRESENT);
        int trip = columns.get(TRIP);
        int priceImport = columns.getOrDefault(PRICE_IMPORT, -1);
        int priceExport = columns.getOrDefault(PRICE_EXPORT, -1);
        int critical = columns.getOrDefault(CRITICAL, -1);

        Columns data = new Columns();
        int lineNo = 1;
        long step = -1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                throw new ScenarioFormatException(name, lineNo,
                        "expected " + columns.size() + " columns, found " + cells.length);
            }
            OffsetDateTime time = timestamp(cells[ts].trim(), name, lineNo);
            long startS = time.toEpochSecond();
            int n = data.size();
            if (n > 0) {
                long previous = data.startS.get(n - 1);
                if (startS <= previous) {
                    throw new ScenarioFormatException(name, lineNo, "timestamp " + cells[ts].trim()
                            + " is not after the previous row (rows must be in time order)");
                }
                long delta = startS - previous;
                if (step < 0) {
                    if (delta < 60 || delta > 3600 || delta % 60 != 0) {
                        throw new ScenarioFormatException(name, lineNo,
                                "step of " + delta + " s; it must be 1..60 whole minutes");
                    }
                    step = delta;
                } else if (delta != step) {
                    throw new ScenarioFormatException(name, lineNo,
                            "step of " + delta + " s differs from the first step (" + step + " s)");
                }
            }
            double tripKwh = number(cells[trip], TRIP, name, lineNo);
            boolean isPresent = flag(cells[present], PRESENT, name, lineNo);
            if (tripKwh > 0) {
                if (!isPresent) {
                    throw new ScenarioFormatException(name, lineNo,
                            TRIP + " is " + tripKwh + " but the car is not present");
                }
                if (n > 0 && data.present.get(n - 1)) {
                    throw new ScenarioFormatException(name, lineNo,
                            TRIP + " is " + tripKwh + " but the car did not just return (it was present before)");
                }
            }
            double loadW = number(cells[load], LOAD, name, lineNo);
            double criticalW = optional(cells, critical, CRITICAL, name, lineNo);
            if (criticalW > loadW) {
                throw new ScenarioFormatException(name, lineNo,
                        CRITICAL + " (" + cells[critical].trim() + ") must not exceed " + LOAD + " ("
                                + cells[load].trim() + ")");
            }
            data.startS.add(startS);
            data.offsets.add(time.getOffset());
            data.load.add(loadW);
            data.pv.add(number(cells[pv], PV, name, lineNo));
            data.grid.add(flag(cells[grid], GRID, name, lineNo));
            data.present.add(isPresent);
            data.trip.add(tripKwh);
            data.priceImport.add(optional(cells, priceImport, PRICE_IMPORT, name, lineNo));
            data.priceExport.add(optional(cells, priceExport, PRICE_EXPORT, name, lineNo));
            data.critical.add(criticalW);
        }
        if (data.size() == 0) {
            throw new ScenarioFormatException(name, lineNo, "no data rows after the header");
        }
        return data.toScenario();
    }

    private static Map<String, Integer> columns(String header, String name) throws ScenarioFormatException {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            String column = names[i].trim().toLowerCase(Locale.ROOT);
            if (columns.put(column, i) != null) {
                throw new ScenarioFormatException(name, 1, "column '" + column + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new ScenarioFormatException(name, 1,
                        "missing column '" + required + "' (required: " + String.join(", ", REQUIRED) + ")");
            }
        }
        return columns;
    }

    private static OffsetDateTime timestamp(String text, String name, int line) throws ScenarioFormatException {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScenarioFormatException(name, line,
                    "timestamp '" + text + "' is not ISO-8601 with an offset or Z (e.g. 2026-07-10T19:00+02:00)");
        }
    }

    private static double number(String cell, String column, String name, int line) throws ScenarioFormatException {
        String text = cell.trim();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ScenarioFormatException(name, line, column + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new ScenarioFormatException(name, line, column + " must be a finite number >= 0: " + text);
        }
        return value;
    }

    private static double optional(String[] cells, int index, String column, String name, int line)
            throws ScenarioFormatException {
        if (index < 0) {
            return Double.NaN;
        }
        if (cells[index].isBlank()) {
            throw new ScenarioFormatException(name, line, column + " is empty (leave the column out instead)");
        }
        return number(cells[index], column, name, line);
    }

    private static boolean flag(String cell, String column, String name, int line) throws ScenarioFormatException {
        String text = cell.trim();
        if ("1".equals(text)) {
            return true;
        }
        if ("0".equals(text)) {
            return false;
        }
        throw new ScenarioFormatException(name, line, column + " must be 0 or 1, not '" + text + "'");
    }

    /** Writes the scenario; optional columns only when the scenario has them. */
    public static void write(Scenario s, Writer out) throws IOException {
        boolean prices = s.hasPrices();
        boolean critical = s.hasCriticalLoad();
        StringBuilder header = new StringBuilder(String.join(",", REQUIRED));
        if (prices) {
            header.append(',').append(PRICE_IMPORT).append(',').append(PRICE_EXPORT);
        }
        if (critical) {
            header.append(',').append(CRITICAL);
        }
        out.write(header.append('\n').toString());
        StringBuilder row = new StringBuilder(96);
        for (int i = 0; i < s.size(); i++) {
            row.setLength(0);
            row.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.instant(i).atOffset(s.offset(i))));
            row.append(',').append(format(s.loadW(i), 1)).append(',').append(format(s.pvW(i), 1));
            row.append(',').append(s.gridAvailable(i) ? '1' : '0').append(',').append(s.evPresent(i) ? '1' : '0');
            row.append(',').append(format(s.tripKwh(i), 3));
            if (prices) {
                row.append(',').append(format(s.priceImport(i, 0), 4)).append(',')
                        .append(format(s.priceExport(i, 0), 4));
            }
            if (critical) {
                row.append(',').append(format(s.criticalLoadW(i), 1));
            }
            out.write(row.append('\n').toString());
        }
    }

    public static void write(Scenario s, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(s, out);
        }
    }

    static String format(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(value * scale) / scale;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded).replaceAll("0+$", "");
    }

    /** Growing columns while reading. */
    private static final class Columns {
        final List<Long> startS = new ArrayList<>();
        final List<ZoneOffset> offsets = new ArrayList<>();
        final List<Double> load = new ArrayList<>();
        final List<Double> pv = new ArrayList<>();
        final List<Boolean> grid = new ArrayList<>();
        final List<Boolean> present = new ArrayList<>();
        final List<Double> trip = new ArrayList<>();
        final List<Double> priceImport = new ArrayList<>();
        final List<Double> priceExport = new ArrayList<>();
        final List<Double> critical = new ArrayList<>();

        int size() {
            return startS.size();
        }

        Scenario toScenario() {
            int n = size();
            long[] start = new long[n];
            boolean[] gridArr = new boolean[n];
            boolean[] presentArr = new boolean[n];
            for (int i = 0; i < n; i++) {
                start[i] = startS.get(i);
                gridArr[i] = grid.get(i);
                presentArr[i] = present.get(i);
            }
            return new Scenario(start, doubles(load), doubles(pv), gridArr, presentArr, doubles(trip),
                    doubles(priceImport), doubles(priceExport), doubles(critical),
                    offsets.toArray(new ZoneOffset[0]));
        }

        private static double[] doubles(List<Double> list) {
            double[] result = new double[list.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = list.get(i);
            }
            return result;
        }
    }
}
