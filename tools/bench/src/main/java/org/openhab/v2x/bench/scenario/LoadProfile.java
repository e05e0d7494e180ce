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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The BDEW H0 household profile. The shared file holds the BDEW type days (periods summer / winter / transition x
 * weekdays 1..7, 96 quarter hours each, laid out on consecutive dates); a day is built from its period and weekday
 * and multiplied by the BDEW dynamisation factor for the day of the year. {@link #watts} is then scaled so that
 * the 365 days from 1 January of the given year add up to the annual consumption.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class LoadProfile {

    public static final String FILE = "bdew-standard-load-profiles-2007-15min.csv";
    private static final int SLOTS_PER_DAY = 96;

    /** kW for about 1,000 kWh/a by "period/weekday". */
    private final Map<String, double[]> typeDays;
    private final Map<Integer, Double> scaleByYear = new HashMap<>();

    private LoadProfile(Map<String, double[]> typeDays) {
        this.typeDays = typeDays;
    }

    public static LoadProfile read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Map<String, double[]> days = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IOException(file + ": empty");
            }
            String[] header = headerLine.split(",");
            int h0 = -1;
            for (int i = 0; i < header.length; i++) {
                if ("h0".equals(header[i].trim())) {
                    h0 = i;
                }
            }
            if (h0 < 0 || header.length < 3) {
                throw new IOException(file + ": expected columns ,period,weekday,h0");
            }
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                try {
                    LocalDateTime time = LocalDateTime.parse(cells[0].trim().replace(' ', 'T'));
                    String key = cells[1].trim().toLowerCase(Locale.ROOT) + "/" + Integer.parseInt(cells[2].trim());
                    int slot = (time.getHour() * 60 + time.getMinute()) / 15;
                    days.computeIfAbsent(key, k -> new double[SLOTS_PER_DAY])[slot] = Double.parseDouble(cells[h0]);
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": unreadable row: " + e.getMessage(), e);
                }
            }
        }
        for (String period : new String[] { "summer", "winter", "transition" }) {
            for (int weekday = 1; weekday <= 7; weekday++) {
                if (!days.containsKey(period + "/" + weekday)) {
                    throw new IOException(file + ": no H0 type day for " + period + ", weekday " + weekday);
                }
            }
        }
        return new LoadProfile(days);
    }

    /** Household load in W at a local time, for the given annual consumption. */
    public double watts(LocalDateTime local, double annualKwh) {
        double scale = scaleByYear.computeIfAbsent(local.getYear(), this::scaleFor);
        return rawKw(local) * scale * annualKwh * 1000;
    }

    /** 1 / (energy of the raw profile over 365 days of that year in kWh), so that raw x scale x kWh/a is kW. */
    private double scaleFor(int year) {
        double kwh = 0;
        LocalDate day = LocalDate.of(year, 1, 1);
        for (int d = 0; d < 365; d++, day = day.plusDays(1)) {
            for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
                kwh += rawKw(day.atStartOfDay().plusMinutes(slot * 15L)) * 0.25;
            }
        }
        return 1 / kwh;
    }

    private double rawKw(LocalDateTime local) {
        LocalDate date = local.toLocalDate();
        double[] day = typeDays.get(period(date) + "/" + date.getDayOfWeek().getValue());
        int slot = (local.getHour() * 60 + local.getMinute()) / 15;
        return day[slot] * dynamisation(date.getDayOfYear());
    }

    /** BDEW seasons: winter 1 Nov - 20 Mar, summer 15 May - 14 Sep, transition otherwise. */
    static String period(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        if (!md.isBefore(MonthDay.of(11, 1)) || md.isBefore(MonthDay.of(3, 21))) {
            return "winter";
        }
        if (!md.isBefore(MonthDay.of(5, 15)) && md.isBefore(MonthDay.of(9, 15))) {
            return "summer";
        }
        return "transition";
    }

    /** The BDEW H0 dynamisation polynomial of the day of the year. */
    static double dynamisation(int dayOfYear) {
        double t = dayOfYear;
        return -3.92e-10 * t * t * t * t + 3.2e-7 * t * t * t - 7.02e-5 * t * t + 2.1e-3 * t + 1.24;
    }
}
