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
package org.openhab.v2x.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.Bench;
import org.openhab.v2x.bench.load.LoadTest;
import org.openhab.v2x.bench.scenario.EvSessions;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioBuilder;
import org.openhab.v2x.bench.scenario.ScenarioCsv;
import org.openhab.v2x.bench.scenario.ScenarioFormatException;
import org.openhab.v2x.bench.scenario.ScenarioZone;

/**
 * Command line: {@code scenario}, {@code bench}, {@code loadtest}. Exit code 0 on success, 2 on bad input, 1 on a
 * failure.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class Main {

    static final String SCENARIO_USAGE = """
            usage: ./v2x scenario --out FILE [--data DIR] [--start 2026-01-01T00:00] [--days 365] [--step-min 15]
                                  [--zone Europe/Berlin] [--annual-kwh 4000] [--kwp 8] [--ev-user ID[,ID...]]
                                  [--outage 2026-07-10T19:00/PT1H]... [--random-outages N] [--seed S]
                                  [--price-import P] [--price-export P] [--tou 0-6=0.22,17-21=0.38]
                                  [--critical-fraction F]
              builds a scenario CSV from the data sets in data/ (or --data DIR)
            """;
    static final String BENCH_USAGE = """
            usage: ./v2x bench --scenario FILE --out DIR [--params FILE] [--zone ZONE]
                               [--commit-days 2] [--lookahead-days 2] [--v2h-min-soc PCT] [--min-solar-share PCT]
              runs every strategy and the optimum on a scenario and writes the metrics and plots to DIR;
              --zone defaults to the zone of the scenario's timestamps
            """;
    static final String LOADTEST_USAGE = """
            usage: ./v2x loadtest (--url ws://127.0.0.1:PORT/ocpp | --self-server) [--chargers 10] [--duration 30]
                                  [--version 2.1] [--meter-interval 2] [--connect-rate 200]
              drives simulated OCPP charge points against a server on loopback and prints throughput and latency
            """;
    static final String USAGE = SCENARIO_USAGE + BENCH_USAGE + LOADTEST_USAGE;

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "help".equals(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String usage = switch (args[0]) {
            case "scenario" -> SCENARIO_USAGE;
            case "bench" -> BENCH_USAGE;
            case "loadtest" -> LOADTEST_USAGE;
            default -> USAGE;
        };
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(usage);
            return 0;
        }
        try {
            switch (args[0]) {
                case "scenario":
                    return scenario(rest, out);
                case "bench":
                    return bench(rest, out, err);
                case "loadtest":
                    return LoadTest.run(rest, out, err);
                default:
                    err.println("unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    return 2;
            }
        } catch (ScenarioFormatException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("(./v2x " + args[0] + " --help lists the options)");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return 2;
        } catch (AccessDeniedException e) {
            err.println("error: permission denied: " + e.getFile());
            return 2;
        } catch (FileSystemException e) {
            String reason = e.getReason();
            err.println("error: cannot use " + e.getFile() + (reason == null ? "" : ": " + reason));
            return 2;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 1;
        }
    }

    static int scenario(String[] args, PrintStream out) throws IOException {
        Args a = new Args(args,
                Set.of("--out", "--data", "--start", "--days", "--step-min", "--zone", "--annual-kwh", "--kwp",
                        "--ev-user", "--outage", "--random-outages", "--seed", "--price-import", "--price-export",
                        "--tou", "--critical-fraction"),
                Set.of());
        Path outFile = Path.of(a.require("--out"));
        Path data = dataDir(a.get("--data"));
        ZoneId zone = ZoneId.of(a.get("--zone", "Europe/Berlin"));
        List<String> users = new ArrayList<>();
        for (String spec : a.all("--ev-user")) {
            for (String user : spec.split(",")) {
                if (!user.isBlank()) {
                    users.add(user.trim());
                }
            }
        }
        if (users.isEmpty()) {
            users.add(EvSessions.DEFAULT_USER);
        }
        List<ScenarioBuilder.Outage> outages = new ArrayList<>();
        for (String spec : a.all("--outage")) {
            outages.add(ScenarioBuilder.Outage.parse(spec, zone));
        }
        String tou = a.get("--tou");
        ScenarioBuilder.Options options = new ScenarioBuilder.Options(data,
                LocalDateTime.parse(a.get("--start", "2026-01-01T00:00")), a.integer("--days", 365),
                a.integer("--step-min", 15), zone, a.number("--annual-kwh", 4000), a.number("--kwp", 8), users,
                outages, a.integer("--random-outages", 0), (long) a.number("--seed", 1),
                a.has("--price-import") ? a.number("--price-import", 0) : null,
                a.has("--price-export") ? a.number("--price-export", 0) : null,
                tou == null ? List.of() : ScenarioBuilder.PriceBand.parseAll(tou),
                a.has("--critical-fraction") ? a.number("--critical-fraction", 1) : null);
        Scenario s = ScenarioBuilder.build(options);
        ScenarioCsv.write(s, outFile);
        double loadKwh = 0;
        double pvKwh = 0;
        int present = 0;
        int outage = 0;
        int trips = 0;
        for (int i = 0; i < s.size(); i++) {
            loadKwh += s.loadW(i) * s.stepHours() / 1000;
            pvKwh += s.pvW(i) * s.stepHours() / 1000;
            present += s.evPresent(i) ? 1 : 0;
            outage += s.gridAvailable(i) ? 0 : 1;
            trips += s.tripKwh(i) > 0 ? 1 : 0;
        }
        out.printf(Locale.ROOT,
                "wrote %s: %d steps of %d min; load %.0f kWh, PV %.0f kWh, car present %.0f %% of the time, "
                        + "%d trips, %d outage steps%n",
                outFile, s.size(), s.stepSeconds() / 60, loadKwh, pvKwh, 100.0 * present / s.size(), trips, outage);
        return 0;
    }

    static int bench(String[] args, PrintStream out, PrintStream err)
            throws IOException, ScenarioFormatException, InterruptedException {
        Args a = new Args(args, Set.of("--scenario", "--params", "--out", "--zone", "--commit-days", "--lookahead-days",
                "--v2h-min-soc", "--min-solar-share"), Set.of());
        Path scenarioFile = Path.of(a.require("--scenario"));
        Path outDir = Path.of(a.require("--out"));
        String paramsFile = a.get("--params");
        Params params = paramsFile == null ? Params.defaults() : Params.read(Path.of(paramsFile));
        long started = System.nanoTime();
        Scenario s = ScenarioCsv.read(scenarioFile);
        String zoneOption = a.get("--zone");
        ZoneId zone = zoneOption == null ? ScenarioZone.of(s) : ZoneId.of(zoneOption);
        err.printf(Locale.ROOT, "read %d steps of %d min; running %s on %d cores%n", s.size(), s.stepSeconds() / 60,
                "baseline, pv-surplus, zero-point-bidi, v2x, the optimum and the LP bound", Runtime.getRuntime().availableProcessors());
        Bench bench = new Bench(s, params, zone, err).windows(a.number("--commit-days", 2),
                a.number("--lookahead-days", 2));
        if (a.get("--v2h-min-soc") != null) {
            double v2hMin = a.number("--v2h-min-soc", Double.NaN);
            if (!(v2hMin >= 0 && v2hMin <= 100)) {
                throw new IllegalArgumentException("option --v2h-min-soc must be within 0..100: " + v2hMin);
            }
            bench.v2hMinSoc(v2hMin);
        }
        if (a.get("--min-solar-share") != null) {
            double share = a.number("--min-solar-share", Double.NaN);
            if (!(share >= 0 && share <= 100)) {
                throw new IllegalArgumentException("option --min-solar-share must be within 0..100: " + share);
            }
            bench.minSolarShare(share);
        }
        Bench.Report report = bench.run();
        bench.write(report, scenarioFile.toString(), outDir);
        out.println("zone: " + zone.getId());
        out.println("optimum: " + report.optimum());
        out.println("lp_bound: " + report.lpBound().description());
        out.print(Bench.table(report));
        out.printf(Locale.ROOT, "wrote %s and plots in %s (%.1f s)%n", outDir.resolve("summary.json"), outDir,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** {@code --data}, else the repository's {@code data} folder (V2X_ROOT, or the working directory). */
    static Path dataDir(String option) {
        if (option != null) {
            return Path.of(option);
        }
        String root = System.getenv("V2X_ROOT");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        Path data = base.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no data directory at " + data + "; pass --data DIR");
        }
        return data;
    }
}
