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
package org.openhab.v2x.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.plot.BarChart;
import org.openhab.v2x.bench.plot.TimeSeriesChart;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.Simulator.Result;

/**
 * The benchmark's PNGs: a summer and a winter week per strategy, and cost / self-sufficiency bars.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class WeekPlots {

    static final Color PV = new Color(240, 160, 0);
    static final Color LOAD = new Color(110, 110, 110);
    static final Color GRID = new Color(30, 90, 200);
    static final Color CAR = new Color(20, 150, 60);
    static final Color SOC = new Color(150, 40, 160);
    static final Color PRESENT = new Color(225, 245, 225);
    static final Color OUTAGE = new Color(255, 205, 205);

    private WeekPlots() {
    }

    /** Writes the PNGs; returns the file names. */
    public static List<String> write(Scenario s, List<Result> results, ZoneId zone, Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        int[] summer = week(s, zone, MonthDay.of(7, 1));
        int[] winter = week(s, zone, MonthDay.of(1, 15));
        for (Result r : results) {
            for (int season = 0; season < 2; season++) {
                int[] range = season == 0 ? summer : winter;
                String name = "week-" + (season == 0 ? "summer" : "winter") + "-" + r.strategy() + ".png";
                chart(s, r, range[0], range[1], zone,
                        r.strategy() + ": " + (season == 0 ? "summer" : "winter") + " week").write(dir.resolve(name));
                files.add(name);
            }
        }
        List<String> names = results.stream().map(Result::strategy).toList();
        double[] cost = results.stream().mapToDouble(r -> r.metrics().cost).toArray();
        double[] sufficiency = results.stream().mapToDouble(r -> r.metrics().selfSufficiency() * 100).toArray();
        new BarChart("Cost and self-sufficiency per strategy", names,
                List.of(new BarChart.Panel("cost", "per period", cost, GRID),
                        new BarChart.Panel("self-sufficiency", "%", sufficiency, CAR)),
                1400, 520).write(dir.resolve("cost-self-sufficiency.png"));
        files.add("cost-self-sufficiency.png");
        return files;
    }

    static TimeSeriesChart chart(Scenario s, Result r, int from, int to, ZoneId zone, String title) {
        int n = to - from;
        double[] t = new double[n];
        double[] pv = new double[n];
        double[] load = new double[n];
        double[] grid = new double[n];
        double[] car = new double[n];
        double[] soc = new double[n];
        boolean[] present = new boolean[n];
        boolean[] outage = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = from + i;
            t[i] = s.startS(k);
            pv[i] = s.pvW(k);
            load[i] = s.loadW(k);
            grid[i] = r.series().gridW[k];
            car[i] = r.series().carW[k];
            soc[i] = r.series().socPct[k];
            present[i] = s.evPresent(k);
            outage[i] = !s.gridAvailable(k);
        }
        return new TimeSeriesChart(title, 1400, 520).axes("W", "SoC %").zone(zone)
                .shadeWhere("car present", t, present, s.stepSeconds(), PRESENT)
                .shadeWhere("outage", t, outage, s.stepSeconds(), OUTAGE)
                .add(new TimeSeriesChart.Series("PV", PV, t, pv, false))
                .add(new TimeSeriesChart.Series("load", LOAD, t, load, false))
                .add(new TimeSeriesChart.Series("grid", GRID, t, grid, false))
                .add(new TimeSeriesChart.Series("car", CAR, t, car, false))
                .add(new TimeSeriesChart.Series("SoC", SOC, t, soc, true));
    }

    /** Step range [from, to) of the 7 days starting at the local midnight nearest to {@code day} in the scenario. */
    static int[] week(Scenario s, ZoneId zone, MonthDay day) {
        int perWeek = (int) Math.min(s.size(), 7L * 86_400 / s.stepSeconds());
        LocalDate first = Instant.ofEpochSecond(s.startS(0)).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochSecond(s.startS(s.size() - 1)).atZone(zone).toLocalDate();
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            long target = day.atYear(year).atStartOfDay(zone).toEpochSecond();
            long clamped = Math.max(s.startS(0), Math.min(target, s.startS(s.size() - perWeek)));
            long distance = Math.abs(clamped - target);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = (int) ((clamped - s.startS(0)) / s.stepSeconds());
            }
        }
        best = Math.max(0, Math.min(best, s.size() - perWeek));
        return new int[] { best, best + perWeek };
    }
}
