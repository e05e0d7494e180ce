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
package org.openhab.v2x.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Runs the real sandbox (Felix, binding, automation, host, OCPP simulator on loopback) over the whole default day at
 * high speed and checks that its figures add up.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxRunTest {

    @Test
    @Timeout(120)
    void defaultDayRunsEndToEndAndItsFiguresAreConsistent(@TempDir Path out) throws Exception {
        // as fast as the machine goes: sandbox time only moves in steps, so the speed does not change the day
        int code = SandboxMain.run("--speed", "1000000", "--out", out.toString());

        assertEquals(0, code, "every thing went ONLINE and the run completed");
        JsonObject summary = JsonParser
                .parseString(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(summary.get("allThingsOnline").getAsBoolean());
        assertTrue(summary.get("completed").getAsBoolean());
        assertEquals(0, summary.get("balanceErrorWh").getAsDouble(), 1, "sources and sinks balance");
        assertEquals(0, summary.get("reserveViolations").getAsInt(), "never discharged below the reserve");
        assertTrue(summary.get("minSocWhileDischarging").getAsDouble() >= 30, "SoC stays above the reserve");
        assertTrue(summary.get("carChargeKwh").getAsDouble() > 20, "the car charged (overnight and from PV)");
        assertTrue(summary.get("carDischargeKwh").getAsDouble() > 0.5, "the car powered the home");
        assertTrue(summary.get("outageCriticalKwh").getAsDouble() > 0.5, "the outage is in the run");
        assertTrue(summary.get("outageServedFraction").getAsDouble() > 0.5, "most of the outage was served by the car");
        assertTrue(summary.get("outageShedKwh").getAsDouble() > 0, "loads were shed during the outage");
        JsonObject departure = summary.getAsJsonArray("departures").get(0).getAsJsonObject();
        assertTrue(departure.get("socPct").getAsDouble() >= departure.get("targetSocPct").getAsDouble() - 0.5,
                "the car left with its target SoC");
        assertTrue(Files.size(out.resolve("sandbox.png")) > 10_000, "the picture was drawn");
        assertEquals(0, summary.get("unsettledSteps").getAsInt(), "every step settled before the next");
        int switches = summary.get("chargingSwitches").getAsInt();
        assertTrue(switches <= 6, "charging switched on or off " + switches + " times; at most 6 on this day");

        List<String> lines = Files.readAllLines(out.resolve("sandbox.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 200, "one row per tick");
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split(",");
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        boolean sawOutage = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double grid = Double.parseDouble(cells[column.get("grid_w")]);
            double served = Double.parseDouble(cells[column.get("served_w")]);
            double car = Double.parseDouble(cells[column.get("car_w")]);
            double external = Double.parseDouble(cells[column.get("external_w")]);
            String state = cells[column.get("charger_state")];
            if ("idle".equals(state)) {
                assertTrue(Math.abs(car) < 100, "idle while " + car + " W flow at " + cells[0]);
            }
            double pv = Double.parseDouble(cells[column.get("pv_w")]);
            if ("1".equals(cells[column.get("grid_available")])) {
                assertEquals(served + car + external - pv, grid, 2,
                        "grid = load + car + external chargers - PV at " + cells[0]);
            } else {
                sawOutage = true;
                assertEquals(0, grid, 1e-9, "an island exchanges nothing with the grid at " + cells[0]);
            }
        }
        assertTrue(sawOutage);
    }
}
