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
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.plot.Charts;

/**
 * Draws {@code sandbox.png} from {@code sandbox.csv}. Top: the home's power flows (PV, the load served and the load
 * shed, the grid, the car and any external charger) and the car's SoC against its departure target and driving
 * reserve, with departure and return marked. Bottom: what the charger was told and what flowed, next to the load it
 * carried. The outage is shaded in both.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxPlot {

    private static final int WIDTH = 1400;
    private static final Color OUTAGE = new Color(255, 205, 205);
    private static final Color AWAY = new Color(236, 236, 236);
    private static final Color SHED = new Color(255, 170, 40);
    private static final Color UNSERVED = new Color(200, 0, 0);
    private static final Color PV = new Color(230, 160, 0);
    private static final Color LOAD = new Color(110, 110, 110);
    private static final Color GRID = new Color(200, 30, 30);
    private static final Color CAR = new Color(30, 90, 200);
    private static final Color EXTERNAL = new Color(150, 60, 160);
    private static final Color SETPOINT = new Color(20, 20, 20);
    private static final Color SOC = new Color(20, 150, 60);
    private static final Color RESERVE = new Color(170, 40, 40);
    private static final Color DEPART = new Color(90, 90, 90);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private SandboxPlot() {
    }

    static void draw(Path csv, Path png) throws IOException {
        draw(csv, png, "ocpp");
    }

    /** The lower panel's title: the charger the day ran through (a value of {@code --charger}). */
    static String chargerPanelTitle(String charger) {
        String link = switch (charger) {
            case "quasar" -> "written over Modbus TCP to the Wallbox Quasar 2";
            default -> "sent over OCPP 2.1";
        };
        return "Charger: setpoint " + link + " and the power that flowed, next to the load it carries";
    }

    /** Draws the day of {@code csv}, run through the charger family {@code charger}, into {@code png}. */
    static void draw(Path csv, Path png, String charger) throws IOException {
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
        double[] served = new double[n];
        double[] servedAndShed = new double[n];
        double[] demand = new double[n];
        double[] grid = new double[n];
        double[] car = new double[n];
        double[] external = new double[n];
        double[] soc = new double[n];
        double[] setpoint = new double[n];
        boolean[] outage = new boolean[n];
        boolean[] away = new boolean[n];
        double targetSoc = Double.NaN;
        double reserveSoc = Double.NaN;
        boolean anyExternal = false;
        ZoneOffset offset = ZoneOffset.UTC;
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            OffsetDateTime time = OffsetDateTime.parse(cells[column.get("timestamp")]);
            offset = time.getOffset();
            t[i] = time.toEpochSecond();
            pv[i] = kw(cells, column, "pv_w");
            served[i] = kw(cells, column, "served_w");
            servedAndShed[i] = served[i] + kw(cells, column, "shed_w");
            demand[i] = servedAndShed[i] + kw(cells, column, "unserved_w");
            grid[i] = kw(cells, column, "grid_w");
            car[i] = kw(cells, column, "car_w");
            external[i] = kw(cells, column, "external_w");
            anyExternal |= external[i] != 0;
            soc[i] = number(cells, column, "soc_pct");
            setpoint[i] = kw(cells, column, "setpoint_w");
            outage[i] = "0".equals(cells[column.get("grid_available")]);
            away[i] = "0".equals(cells[column.get("ev_present")]);
            targetSoc = number(cells, column, "target_soc_pct");
            reserveSoc = number(cells, column, "reserve_soc_pct");
        }
        double step = t[1] - t[0];

        DayChart flows = new DayChart("Home: power flows and the car's state of charge", WIDTH, 440, t, step, offset)
                .shade("car away", AWAY, away).shade("grid outage (the car powers the home)", OUTAGE, outage)
                .band("load shed", SHED, served, servedAndShed).band("load not served", UNSERVED, servedAndShed, demand)
                .line("PV", PV, pv).line("household load served", LOAD, served).line("grid (+ import, - export)", GRID, grid)
                .line("car (+ charge, - discharge)", CAR, car);
        if (anyExternal) {
            flows.dashedLine("external chargers", EXTERNAL, external);
        }
        flows.soc("car SoC (right axis)", SOC, soc);
        if (!Double.isNaN(targetSoc)) {
            flows.level(String.format(Locale.ROOT, "departure target %.0f %%", targetSoc), SOC, targetSoc);
        }
        if (!Double.isNaN(reserveSoc)) {
            flows.level(String.format(Locale.ROOT, "driving reserve %.0f %%", reserveSoc), RESERVE, reserveSoc);
        }
        for (int i = 1; i < n; i++) {
            if (away[i] != away[i - 1]) {
                String when = HOUR.format(OffsetDateTime.parse(lines.get(i + 1).split(",", 2)[0]));
                flows.marker((away[i] ? "departs " : "back ") + when, DEPART, t[i]);
            }
        }
        DayChart chargerPanel = new DayChart(chargerPanelTitle(charger), WIDTH, 240, t, step, offset).shade("grid outage", OUTAGE, outage)
                .band("load shed", SHED, served, servedAndShed).band("load not served", UNSERVED, servedAndShed, demand)
                .line("household load served", LOAD, served).line("car power", CAR, car)
                .dashedLine("setpoint", SETPOINT, setpoint);

        BufferedImage top = flows.render();
        BufferedImage bottom = chargerPanel.render();
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

    private static double kw(String[] cells, Map<String, Integer> column, String name) {
        double value = number(cells, column, name);
        return Double.isNaN(value) ? 0 : value / 1000;
    }

    /** A number column; NaN when the CSV has no such column (an older run's file) or the cell is empty. */
    private static double number(String[] cells, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || index >= cells.length || cells[index].isBlank()) {
            return Double.NaN;
        }
        return Double.parseDouble(cells[index]);
    }
}
