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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.automation.v2x.internal.control.PlannerSettings;
import org.openhab.v2x.bench.optimum.FeasibleOptimum;
import org.openhab.v2x.bench.optimum.LpOptimum;
import org.openhab.v2x.bench.report.SummaryTable;
import org.openhab.v2x.bench.report.WeekPlots;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.sim.Metrics;
import org.openhab.v2x.bench.sim.Simulator;
import org.openhab.v2x.bench.sim.Simulator.Result;
import org.openhab.v2x.bench.sim.Strategy;
import org.openhab.v2x.bench.strategy.BaselineStrategy;
import org.openhab.v2x.bench.strategy.PvSurplusStrategy;
import org.openhab.v2x.bench.strategy.ScheduleStrategy;
import org.openhab.v2x.bench.strategy.V2xStrategy;
import org.openhab.v2x.bench.strategy.ZeroPointBidiStrategy;

import com.google.gson.GsonBuilder;

/**
 * Runs every strategy, the feasible optimum and the relaxed LP ({@code lp_bound}) on one scenario, in parallel, and
 * derives {@code fraction_of_optimum} against the feasible optimum.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Bench {

    /** Everything a benchmark run produced. */
    public record Report(List<Result> results, LpOptimum.Solution lpBound, String optimum,
            Map<String, Map<String, Object>> table) {
        public Result result(String name) {
            return results.stream().filter(r -> r.strategy().equals(name)).findFirst().orElseThrow();
        }
    }

    private final Scenario scenario;
    private final Params params;
    private final ZoneId zone;
    private final PrintStream log;
    private double commitDays = 2;
    private double lookaheadDays = 2;
    private @Nullable Double v2hMinSocPct;
    private @Nullable Double minSolarSharePct;
    private PlannerSettings plannerSettings = PlannerSettings.defaults();

    public Bench(Scenario scenario, Params params, ZoneId zone, PrintStream log) {
        this.scenario = scenario;
        this.params = params;
        this.zone = zone;
        this.log = log;
    }

    public Bench windows(double commit, double lookahead) {
        commitDays = commit;
        lookaheadDays = lookahead;
        return this;
    }

    /** The V2H floor of the {@code v2x} strategy; {@code null} keeps the controller's default (the target). */
    public Bench v2hMinSoc(@Nullable Double pct) {
        v2hMinSocPct = pct;
        return this;
    }

    /** The minimum solar share of the {@code v2x} strategy; {@code null} keeps the controller's default. */
    public Bench minSolarShare(@Nullable Double pct) {
        minSolarSharePct = pct;
        return this;
    }

    /** The settings of the {@code v2x} strategy's planner. */
    public Bench planner(PlannerSettings settings) {
        plannerSettings = settings;
        return this;
    }

    /** The strategies compared (the optimum comes on top). */
    public List<Function<Params, Strategy>> strategies() {
        Double v2hMin = v2hMinSocPct;
        Double share = minSolarSharePct;
        PlannerSettings planner = plannerSettings;
        return List.of(BaselineStrategy::new, PvSurplusStrategy::new, ZeroPointBidiStrategy::new,
                p -> new V2xStrategy(p, zone, v2hMin, share, scenario, planner));
    }

    public Report run() throws InterruptedException {
        int threads = Math.max(1, Math.min(5, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Function<Params, Strategy> factory : strategies()) {
                futures.add(pool.submit(() -> {
                    Strategy strategy = factory.apply(params);
                    return new Simulator(scenario, params).run(strategy, progress(strategy.name()));
                }));
            }
            Future<Object[]> feasibleFuture = pool.submit(() -> {
                long started = System.nanoTime();
                FeasibleOptimum optimum = new FeasibleOptimum(scenario, params);
                Result simulated = new Simulator(scenario, params).run(optimum, progress(FeasibleOptimum.NAME));
                Result result = new Result(FeasibleOptimum.NAME, simulated.metrics(), simulated.series(),
                        (System.nanoTime() - started) / 1_000_000);
                return new Object[] { optimum.description(), result };
            });
            Future<Object[]> optimumFuture = pool.submit(() -> {
                long started = System.nanoTime();
                LpOptimum.Solution solution = new LpOptimum(scenario, params, commitDays, lookaheadDays)
                        .solve(progress(LpOptimum.NAME));
                // the schedule runs through the same simulator; the LP relaxes the minimum power, so does its car
                Result simulated = new Simulator(scenario, params.withMinPower(0))
                        .run(new ScheduleStrategy(LpOptimum.NAME, solution.setpointW(), params), f -> {
                        });
                Result result = new Result(LpOptimum.NAME, simulated.metrics(), simulated.series(),
                        (System.nanoTime() - started) / 1_000_000);
                return new Object[] { solution, result };
            });
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            Object[] feasible = feasibleFuture.get();
            results.add((Result) feasible[1]);
            Object[] optimum = optimumFuture.get();
            results.add((Result) optimum[1]);
            LpOptimum.Solution solution = (LpOptimum.Solution) optimum[0];
            fractionOfOptimum(results);
            Map<String, Map<String, Object>> table = new LinkedHashMap<>();
            for (Result r : results) {
                Map<String, Object> values = r.metrics().toMap();
                values.put("runtime_ms", r.runtimeMs());
                table.put(r.strategy(), values);
            }
            return new Report(results, solution, (String) feasible[0], table);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause == null ? e.toString() : cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }

    static void fractionOfOptimum(List<Result> results) {
        Metrics baseline = find(results, BaselineStrategy.NAME);
        Metrics optimum = find(results, FeasibleOptimum.NAME);
        if (baseline == null || optimum == null) {
            return;
        }
        double span = baseline.cost - optimum.cost;
        for (Result r : results) {
            r.metrics().fractionOfOptimum = Math.abs(span) < 1e-9 ? Double.NaN : (baseline.cost - r.metrics().cost) / span;
        }
    }

    private static @Nullable Metrics find(List<Result> results, String name) {
        for (Result r : results) {
            if (r.strategy().equals(name)) {
                return r.metrics();
            }
        }
        return null;
    }

    private Simulator.Progress progress(String name) {
        int[] lastTenth = { 0 };
        return fraction -> {
            int tenth = (int) (fraction * 10);
            if (tenth > lastTenth[0]) {
                lastTenth[0] = tenth;
                synchronized (log) {
                    log.printf(Locale.ROOT, "  %-16s %3d %%%n", name, tenth * 10);
                }
            }
        };
    }

    /** Writes summary.json and the PNGs into {@code dir}; returns the summary JSON text. */
    public String write(Report report, String scenarioName, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenarioName);
        summary.put("steps", scenario.size());
        summary.put("step_minutes", scenario.stepSeconds() / 60);
        summary.put("params", params.toMap());
        Double v2hMin = v2hMinSocPct;
        summary.put("v2x_v2h_min_soc_pct", v2hMin == null ? "target" : v2hMin);
        Double share = minSolarSharePct;
        summary.put("v2x_min_solar_share_pct",
                share == null ? V2xSettings.defaults().minSolarSharePct() : share);
        summary.put("zone", zone.getId());
        summary.put("optimum", report.optimum());
        summary.put("lp_bound", report.lpBound().description());
        summary.put("planner", plannerSettings.toString());
        summary.put("strategies", report.table());
        String json = new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues()
                .create().toJson(summary);
        Files.writeString(dir.resolve("summary.json"), json + "\n", StandardCharsets.UTF_8);
        WeekPlots.write(scenario, report.results(), zone, dir);
        return json;
    }

    public static String table(Report report) {
        return SummaryTable.format(report.table());
    }
}
