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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sandbox's other charger families: the same home and rule through a different device on loopback. A short
 * evening ({@code evening.csv}: 15 minutes of PV surplus, then a 45-minute outage) makes the car charge and then
 * carry the home; two runs give the same day, and the summary names the charger.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxChargersTest {

    @Test
    @Timeout(90)
    void theQuasarCarriesTheHomeThroughTheOutageTheSameWayEveryRun(@TempDir Path folder) throws Exception {
        Path scenario = scenario(folder);
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");

        assertEquals(0, SandboxMain.run("--charger", "quasar", "--scenario", scenario.toString(), "--speed",
                "1000000", "--out", first.toString()));
        assertEquals(0, SandboxMain.run("--charger", "quasar", "--scenario", scenario.toString(), "--speed",
                "1000000", "--out", second.toString()));

        String summary = Files.readString(first.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("charger            Wallbox Quasar 2 over Modbus TCP"), summary);
        JsonObject json = JsonParser
                .parseString(Files.readString(first.resolve("summary.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertTrue(json.get("charger").getAsString().startsWith("Wallbox Quasar 2"));
        assertEquals(0, json.get("unsettledSteps").getAsInt(), "every step settled before the next");
        assertTrue(json.get("carChargeKwh").getAsDouble() > 0.5, "the car charged from the PV surplus");
        assertTrue(json.get("outageServedFraction").getAsDouble() > 0.99, "the car served the outage");
        assertEquals(0, json.get("reserveViolations").getAsInt());
        assertDischargesAtTheSetpoint(first.resolve("sandbox.csv"));

        assertEquals(summary, Files.readString(second.resolve("summary.txt"), StandardCharsets.UTF_8),
                "the summaries");
        assertEquals(Files.readAllLines(first.resolve("sandbox.csv"), StandardCharsets.UTF_8),
                Files.readAllLines(second.resolve("sandbox.csv"), StandardCharsets.UTF_8), "every recorded step");
    }

    /** In the outage the car gives the home what the rule set, every step. */
    private static void assertDischargesAtTheSetpoint(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split(",");
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        int outageRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if ("0".equals(cells[column.get("grid_available")])) {
                outageRows++;
                double car = Double.parseDouble(cells[column.get("car_w")]);
                double setpoint = Double.parseDouble(cells[column.get("setpoint_w")]);
                assertTrue(setpoint < -2000, "the rule asks for a discharge at " + cells[0] + ": " + setpoint);
                assertEquals(setpoint, car, 50, "the car follows the setpoint at " + cells[0]);
            }
        }
        assertTrue(outageRows >= 80, "the outage is in the run: " + outageRows + " rows");
    }

    private static Path scenario(Path folder) throws IOException {
        Path file = folder.resolve("evening.csv");
        try (InputStream in = Objects.requireNonNull(SandboxChargersTest.class.getResourceAsStream("/evening.csv"))) {
            Files.copy(in, file);
        }
        return file;
    }
}
