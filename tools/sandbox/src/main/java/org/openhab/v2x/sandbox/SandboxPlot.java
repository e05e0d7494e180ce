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

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.plot.Charts;
import org.openhab.v2x.bench.plot.TimeSeriesChart;
import org.openhab.v2x.bench.plot.TimeSeriesChart.Series;

/**
 * Draws {@code sandbox.png} from {@code sandbox.csv} with the bench's chart package: the power flows and the car's
 * SoC on top, what the charger did below (setpoint and operating state), outages and load shedding shaded in both.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxPlot {

    private static final int WIDTH = 1400;
    private static final Color OUTAGE = new Color(255, 200, 200);
    private static final Color SHED = new Color(255, 235, 170);
    private static final Color V2H = new Color(205, 225, 255);
    private static final Color SOLAR = new Color(215, 245, 205);

    private SandboxPlot() {
    }

    static void draw(Path csv, Path png) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.size() < 3) {
            return;
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split(",");
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        int n = lines.size() - 1;
        double[] t = new double[n];
        double[] pv = new double[n];
        double[] load = new double[n];
        double[] grid = new double[n];
        double[] car = new double[n];
        double[] soc = new double[n];
        double[] setpoint = new double[n];
        boolean[] dischargingState = new boolean[n];
        boolean[] outage = new boolean[n];
        boolean[] shed = new boolean[n];
        boolean[] discharging = new boolean[n];
        boolean[] solarCharging = new boolean[n];
        ZoneOffset offset = ZoneOffset.UTC;
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            OffsetDateTime time = OffsetDateTime.parse(cells[column.get("timestamp")]);
            offset = time.getOffset();
            t[i] = time.toEpochSecond();
            pv[i] = kw(cells, column, "pv_w");
            load[i] = kw(cells, column, "served_w");
            grid[i] = kw(cells, column, "grid_w");
            car[i] = kw(cells, column, "car_w");
            soc[i] = Double.parseDouble(cells[column.get("soc_pct")]);
            setpoint[i] = kw(cells, column, "setpoint_w");
            String operating = cells[column.get("charger_state")];
            dischargingState[i] = "discharging".equals(operating) || "backup".equals(operating);
            outage[i] = "0".equals(cells[column.get("grid_available")]);
            shed[i] = kw(cells, column, "shed_w") > 0;
            discharging[i] = car[i] < -0.05 && !outage[i];
            solarCharging[i] = car[i] > 0.05 && pv[i] > 0.5 && grid[i] < car[i] * 0.5;
        }
        double step = n > 1 ? (t[n - 1] - t[0]) / (n - 1) : 60;

        TimeSeriesChart flows = new TimeSeriesChart("Sandbox: power flows and car state of charge", WIDTH, 560)
                .axes("power (kW)", "SoC (%)").zone(offset)
                .shadeWhere("loads shed (no outage)", t, shedOnly(shed, outage), step, SHED)
                .shadeWhere("grid outage (island, loads shed)", t, outage, step, OUTAGE)
                .shadeWhere("V2H discharge", t, discharging, step, V2H)
                .shadeWhere("solar charging", t, solarCharging, step, SOLAR)
                .add(new Series("PV", new Color(230, 160, 0), t, pv, false))
                .add(new Series("household load", new Color(120, 120, 120), t, load, false))
                .add(new Series("grid (+ import)", new Color(200, 30, 30), t, grid, false))
                .add(new Series("car (+ charge, - discharge)", new Color(30, 90, 200), t, car, false))
                .add(new Series("SoC", new Color(20, 150, 60), t, soc, true));
        TimeSeriesChart charger = new TimeSeriesChart(
                "Charger: setpoint confirmed over OCPP 2.1 and the power that flowed (mode: + charge, - V2H/backup)",
                WIDTH, 300).axes("power (kW)", "").zone(offset).shadeWhere("grid outage", t, outage, step, OUTAGE)
                .shadeWhere("charger discharging", t, dischargingState, step, V2H)
                .add(new Series("setpoint", new Color(150, 60, 160), t, setpoint, false))
                .add(new Series("car power", new Color(30, 90, 200), t, car, false));

        BufferedImage top = flows.render();
        BufferedImage bottom = charger.render();
        BufferedImage image = new BufferedImage(WIDTH, top.getHeight() + bottom.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.drawImage(top, 0, 0, null);
            g.drawImage(bottom, 0, top.getHeight(), null);
        } finally {
            g.dispose();
        }
        Charts.writePng(image, png);
    }

    private static boolean[] shedOnly(boolean[] shed, boolean[] outage) {
        boolean[] result = new boolean[shed.length];
        for (int i = 0; i < shed.length; i++) {
            result[i] = shed[i] && !outage[i];
        }
        return result;
    }

    private static double kw(String[] cells, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || index >= cells.length || cells[index].isBlank()) {
            return 0;
        }
        return Double.parseDouble(cells[index]) / 1000;
    }
}
