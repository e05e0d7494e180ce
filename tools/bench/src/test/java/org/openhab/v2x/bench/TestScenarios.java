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
package org.openhab.v2x.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioCsv;
import org.openhab.v2x.bench.scenario.ScenarioFormatException;

/**
 * Small scenarios for tests, written as CSV so that they go through the parser too.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class TestScenarios {

    private TestScenarios() {
    }

    /** One row per step: {load, pv, grid, present, trip} (optionally + critical), 60 min steps from 2026-06-01. */
    public static Scenario hourly(double[]... rows) {
        return steps(60, rows);
    }

    public static Scenario steps(int minutes, double[]... rows) {
        boolean critical = rows.length > 0 && rows[0].length > 5;
        StringBuilder csv = new StringBuilder("timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh");
        csv.append(critical ? ",critical_load_w\n" : "\n");
        Instant t = Instant.parse("2026-06-01T00:00:00Z");
        for (double[] r : rows) {
            csv.append(t).append(',').append(r[0]).append(',').append(r[1]).append(',').append((int) r[2]).append(',')
                    .append((int) r[3]).append(',').append(r[4]);
            if (critical) {
                csv.append(',').append(r[5]);
            }
            csv.append('\n');
            t = t.plusSeconds(minutes * 60L);
        }
        try {
            return ScenarioCsv.read(new StringReader(csv.toString()), "test");
        } catch (IOException | ScenarioFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's {@code data} folder, found from the working directory upwards. */
    public static Path dataDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("data");
            if (Files.isRegularFile(candidate.resolve("pvgis-tmy-45N-8E-hourly.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the repository's data folder was not found above " + here);
    }
}
