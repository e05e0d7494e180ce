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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The PVGIS typical meteorological year (hourly, UTC; its months come from different years). PV power is
 * {@code kWp x G(h)/1000 x PR} with a temperature derating, interpolated linearly between the hours.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class PvYear {

    public static final String FILE = "pvgis-tmy-45N-8E-hourly.csv";
    /** Performance ratio (inverter, wiring, soiling, orientation on a horizontal reference). */
    static final double PERFORMANCE_RATIO = 0.8;
    private static final double TEMP_COEFFICIENT = -0.004;
    private static final int HOURS = 8760;

    private final double[] ghi = new double[HOURS];
    private final double[] airTemp = new double[HOURS];

    private PvYear() {
    }

    public static PvYear read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        PvYear year = new PvYear();
        boolean[] seen = new boolean[HOURS];
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                try {
                    String t = cells[0].trim();
                    int month = Integer.parseInt(t.substring(4, 6));
                    int day = Integer.parseInt(t.substring(6, 8));
                    int hour = Integer.parseInt(t.substring(9, 11));
                    if (month == 2 && day == 29) {
                        continue;
                    }
                    int index = hourOfYear(month, day, hour);
                    year.airTemp[index] = Double.parseDouble(cells[1]);
                    year.ghi[index] = Math.max(0, Double.parseDouble(cells[3]));
                    seen[index] = true;
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": unreadable row: " + e.getMessage(), e);
                }
            }
        }
        for (int i = 0; i < HOURS; i++) {
            if (!seen[i]) {
                throw new IOException(file + ": hour " + i + " of the year is missing");
            }
        }
        return year;
    }

    private static int hourOfYear(int month, int day, int hour) {
        int doy = ZonedDateTime.of(2007, month, day, 0, 0, 0, 0, ZoneOffset.UTC).getDayOfYear() - 1;
        return doy * 24 + hour;
    }

    /** PV power in W at an instant, for a plant of {@code kwp}. */
    public double watts(Instant instant, double kwp) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        int month = utc.getMonthValue();
        int day = utc.getDayOfMonth();
        if (month == 2 && day == 29) {
            day = 28;
        }
        int hour = hourOfYear(month, day, utc.getHour());
        double fraction = (utc.getMinute() * 60 + utc.getSecond()) / 3600.0;
        int next = (hour + 1) % HOURS;
        double g = ghi[hour] * (1 - fraction) + ghi[next] * fraction;
        double t = airTemp[hour] * (1 - fraction) + airTemp[next] * fraction;
        double cellTemp = t + 0.03 * g;
        double derate = 1 + TEMP_COEFFICIENT * (cellTemp - 25);
        return Math.max(0, kwp * 1000 * g / 1000 * PERFORMANCE_RATIO * Math.min(1.1, derate));
    }
}
