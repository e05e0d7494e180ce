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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.bench.scenario.EvSessions.Session;

/**
 * Builds a scenario from the shared data: H0 load scaled to the annual consumption, PV from the PVGIS year, the car's
 * presence and trips from Trondheim sessions (repeated every 52 weeks so weekdays stay aligned), outages and
 * optional time-of-use prices. The same options and seed always give the same scenario.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ScenarioBuilder {

    /** Sessions repeat after 52 weeks, which keeps weekdays. */
    static final long CYCLE_S = Duration.ofDays(364).getSeconds();
    static final int MIN_RANDOM_OUTAGE_MIN = 30;
    static final int MAX_RANDOM_OUTAGE_MIN = 240;

    /** An outage from {@code start} for {@code duration}. */
    public record Outage(Instant start, Duration duration) {
        /** Parses {@code 2026-07-10T19:00/PT1H}; a time without offset is local in {@code zone}. */
        public static Outage parse(String text, ZoneId zone) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("outage '" + text + "' must be START/DURATION, e.g. 2026-07-10T19:00/PT1H");
            }
            Duration duration = Duration.parse(text.substring(slash + 1).trim());
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("outage duration must be positive: " + text);
            }
            return new Outage(parseTime(text.substring(0, slash).trim(), zone), duration);
        }
    }

    /** Time-of-use band: hours {@code fromHour} (incl.) to {@code toHour} (excl.) local time cost {@code price}. */
    public record PriceBand(int fromHour, int toHour, double price) {
        /** Parses {@code 0-6=0.22,17-21=0.38}. */
        public static List<PriceBand> parseAll(String spec) {
            List<PriceBand> bands = new ArrayList<>();
            for (String part : spec.split(",")) {
                String p = part.trim();
                int eq = p.indexOf('=');
                int dash = p.indexOf('-');
                if (eq < 0 || dash < 0 || dash > eq) {
                    throw new IllegalArgumentException("time-of-use band '" + p + "' must look like 17-21=0.38");
                }
                int from = Integer.parseInt(p.substring(0, dash).trim());
                int to = Integer.parseInt(p.substring(dash + 1, eq).trim());
                double price = Double.parseDouble(p.substring(eq + 1).trim());
                if (from < 0 || to > 24 || from >= to) {
                    throw new IllegalArgumentException("time-of-use hours must satisfy 0 <= from < to <= 24: " + p);
                }
                bands.add(new PriceBand(from, to, price));
            }
            return bands;
        }
    }

    /** Builder options; see the README for the command line. */
    public record Options(Path dataDir, LocalDateTime start, int days, int stepMin, ZoneId zone, double annualKwh,
            double kwp, List<String> evUsers, List<Outage> outages, int randomOutages, long seed,
            @Nullable Double priceImport, @Nullable Double priceExport, List<PriceBand> tou,
            @Nullable Double criticalFraction) {
        public Options {
            if (stepMin < 1 || stepMin > 60) {
                throw new IllegalArgumentException("--step-min must be 1..60: " + stepMin);
            }
            if (days < 1 || days > 3660) {
                throw new IllegalArgumentException("--days must be 1..3660: " + days);
            }
            if (!(annualKwh >= 0) || !(kwp >= 0)) {
                throw new IllegalArgumentException("--annual-kwh and --kwp must be >= 0");
            }
            if (randomOutages < 0) {
                throw new IllegalArgumentException("--random-outages must be >= 0");
            }
            Double f = criticalFraction;
            if (f != null && !(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("--critical-fraction must be 0..1: " + f);
            }
            evUsers = List.copyOf(evUsers);
            outages = List.copyOf(outages);
            tou = List.copyOf(tou);
        }

        public static Options defaults(Path dataDir) {
            return new Options(dataDir, LocalDateTime.of(2026, 1, 1, 0, 0), 365, 15, ZoneId.of("Europe/Berlin"),
                    4000, 8, List.of(EvSessions.DEFAULT_USER), List.of(), 0, 1, null, null, List.of(), null);
        }
    }

    private ScenarioBuilder() {
    }

    static Instant parseTime(String text, ZoneId zone) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }

    public static Scenario build(Options o) throws IOException {
        LoadProfile load = LoadProfile.read(o.dataDir());
        PvYear pv = PvYear.read(o.dataDir());
        List<Session> sessions = EvSessions.read(o.dataDir(), new LinkedHashSet<>(o.evUsers()));

        ZonedDateTime start = o.start().atZone(o.zone());
        int stepS = o.stepMin() * 60;
        long startS = start.toEpochSecond();
        int n = (int) (Duration.ofDays(o.days()).getSeconds() / stepS);
        long endS = startS + (long) n * stepS;
        List<Session> mapped = mapSessions(sessions, startS, endS);

        List<Outage> outages = new ArrayList<>(o.outages());
        Random random = new Random(o.seed());
        for (int k = 0; k < o.randomOutages(); k++) {
            long at = startS + (long) (random.nextDouble() * (endS - startS));
            at -= Math.floorMod(at - startS, stepS);
            int minutes = MIN_RANDOM_OUTAGE_MIN + random.nextInt(MAX_RANDOM_OUTAGE_MIN - MIN_RANDOM_OUTAGE_MIN + 1);
            outages.add(new Outage(Instant.ofEpochSecond(at), Duration.ofMinutes(minutes)));
        }

        long[] times = new long[n];
        double[] loadW = new double[n];
        double[] pvW = new double[n];
        boolean[] grid = new boolean[n];
        boolean[] present = new boolean[n];
        double[] trip = new double[n];
        double[] priceImport = new double[n];
        double[] priceExport = new double[n];
        double[] critical = new double[n];
        ZoneOffset[] offsets = new ZoneOffset[n];
        boolean prices = o.priceImport() != null || o.priceExport() != null || !o.tou().isEmpty();
        Params defaults = Params.defaults();
        double baseImport = o.priceImport() != null ? o.priceImport() : defaults.priceImport();
        double baseExport = o.priceExport() != null ? o.priceExport() : defaults.priceExport();
        int sessionIndex = 0;
        for (int i = 0; i < n; i++) {
            long t = startS + (long) i * stepS;
            times[i] = t;
            Instant instant = Instant.ofEpochSecond(t);
            offsets[i] = o.zone().getRules().getOffset(instant);
            loadW[i] = averageLoad(load, t, stepS, o);
            pvW[i] = averagePv(pv, t, stepS, o.kwp());
            long mid = t + stepS / 2;
            grid[i] = !inOutage(outages, mid);
            while (sessionIndex < mapped.size() && mapped.get(sessionIndex).plugOutS() <= mid) {
                sessionIndex++;
            }
            Session current = sessionIndex < mapped.size() && mapped.get(sessionIndex).plugInS() <= mid
                    ? mapped.get(sessionIndex)
                    : null;
            present[i] = current != null;
            trip[i] = current != null && i > 0 && !present[i - 1] ? current.kwh() : 0;
            if (prices) {
                int hour = instant.atZone(o.zone()).getHour();
                priceImport[i] = baseImport;
                for (PriceBand band : o.tou()) {
                    if (hour >= band.fromHour() && hour < band.toHour()) {
                        priceImport[i] = band.price();
                    }
                }
                priceExport[i] = baseExport;
            } else {
                priceImport[i] = Double.NaN;
                priceExport[i] = Double.NaN;
            }
            Double fraction = o.criticalFraction();
            critical[i] = fraction == null ? Double.NaN : loadW[i] * fraction;
        }
        return new Scenario(times, loadW, pvW, grid, present, trip, priceImport, priceExport, critical, offsets);
    }

    private static double averageLoad(LoadProfile load, long t, int stepS, Options o) {
        int samples = stepS / 60;
        double sum = 0;
        for (int k = 0; k < samples; k++) {
            LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(t + k * 60L + 30), o.zone());
            sum += load.watts(local, o.annualKwh());
        }
        return sum / samples;
    }

    private static double averagePv(PvYear pv, long t, int stepS, double kwp) {
        int samples = Math.max(1, stepS / 300);
        double width = (double) stepS / samples;
        double sum = 0;
        for (int k = 0; k < samples; k++) {
            sum += pv.watts(Instant.ofEpochSecond(t + Math.round((k + 0.5) * width)), kwp);
        }
        return sum / samples;
    }

    private static boolean inOutage(List<Outage> outages, long s) {
        for (Outage outage : outages) {
            long from = outage.start().getEpochSecond();
            if (s >= from && s < from + outage.duration().getSeconds()) {
                return true;
            }
        }
        return false;
    }

    /** The sessions of one 52-week reference cycle, repeated to cover [startS, endS), overlaps merged. */
    static List<Session> mapSessions(List<Session> sessions, long startS, long endS) {
        long refStart = sessions.get(0).plugInS();
        refStart -= Math.floorMod(refStart - startS, 86_400L);
        long firstCycle = Math.floorDiv(startS - refStart, CYCLE_S) - 1;
        long lastCycle = Math.floorDiv(endS - refStart, CYCLE_S) + 1;
        List<Session> mapped = new ArrayList<>();
        for (long c = firstCycle; c <= lastCycle; c++) {
            long shift = c * CYCLE_S;
            for (Session s : sessions) {
                if (s.plugInS() - refStart >= CYCLE_S) {
                    break;
                }
                long in = s.plugInS() + shift;
                long out = Math.min(s.plugOutS(), refStart + CYCLE_S) + shift;
                if (out > startS && in < endS) {
                    mapped.add(new Session(in, out, s.kwh()));
                }
            }
        }
        mapped.sort(Comparator.comparingLong(Session::plugInS));
        List<Session> merged = new ArrayList<>();
        for (Session s : mapped) {
            if (!merged.isEmpty() && s.plugInS() <= merged.get(merged.size() - 1).plugOutS()) {
                Session last = merged.remove(merged.size() - 1);
                merged.add(new Session(last.plugInS(), Math.max(last.plugOutS(), s.plugOutS()), last.kwh() + s.kwh()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
