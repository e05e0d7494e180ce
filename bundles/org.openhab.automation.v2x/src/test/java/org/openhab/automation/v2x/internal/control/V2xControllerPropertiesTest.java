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
package org.openhab.automation.v2x.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import java.util.stream.LongStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over random settings and random measurement sequences, run against {@link SiteSim}: plain JUnit 5,
 * one case per seed; every value of a case derives from its seed, which each assertion message names so a failure
 * can be replayed with {@code new Random(seed)}.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class V2xControllerPropertiesTest {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final double EPS = 1e-6;

    private static final int[] STEP_SECONDS = { 5, 30, 60, 300, 900, 3600 };
    private static final ControlMode[] ACTIVE_MODES = { ControlMode.SOLAR, ControlMode.SOLAR_V2H, ControlMode.FAST,
            ControlMode.BACKUP_ONLY };

    /** Fixed seeds, so every run checks the same cases and a failure is reproducible. */
    static LongStream seeds300() {
        return LongStream.range(0, 300).map(i -> 0x9E3779B97F4A7C15L * (i + 1));
    }

    static LongStream seeds200() {
        return seeds300().limit(200);
    }

    private static int stepSeconds(Random r) {
        return STEP_SECONDS[r.nextInt(STEP_SECONDS.length)];
    }

    private static ControlMode activeMode(Random r) {
        return ACTIVE_MODES[r.nextInt(ACTIVE_MODES.length)];
    }

    /** Random but valid settings derived from a seed. */
    static V2xSettings randomSettings(Random r, ControlMode mode) {
        double minC = 1000 + r.nextInt(1000);
        double minD = 1000 + r.nextInt(1000);
        double reserve = 10 + r.nextInt(40);
        double target = reserve + r.nextInt((int) (100 - reserve) + 1);
        List<LoadShedRule> shed = List.of(LoadShedRule.belowKwh("l1", 10), LoadShedRule.belowKwh("l2", 3));
        return V2xSettings.builder().mode(mode).zone(ZoneOffset.UTC).reserveSocPct(reserve).targetSocPct(target)
                .reserveMarginPct(r.nextInt(5)).chargePower(minC, minC + r.nextInt(10_000))
                .dischargePower(minD, minD + r.nextInt(10_000))
                .efficiencies(0.8 + r.nextDouble() * 0.2, 0.8 + r.nextDouble() * 0.2).gridBiasW(r.nextInt(200))
                .powerHysteresisW(r.nextInt(400))
                .minOnOffTimes(Duration.ofSeconds(r.nextInt(300)), Duration.ofSeconds(r.nextInt(300)))
                .deadbandW(r.nextInt(300)).minWriteInterval(Duration.ofSeconds(r.nextInt(300)))
                .departureMargin(Duration.ofSeconds(r.nextInt(1800))).allowGridExport(r.nextBoolean())
                .dailyDischargeBudgetKwh(r.nextBoolean() ? Double.POSITIVE_INFINITY : 1 + r.nextInt(20))
                .v2hWindow(r.nextBoolean() ? TimeWindow.ALWAYS
                        : new TimeWindow(LocalTime.of(r.nextInt(24), 0), LocalTime.of(r.nextInt(24), 0)))
                .loadShedding(shed).v2hMinSocPct(r.nextBoolean() ? null : (double) r.nextInt(101))
                .solarMaxSocPct(target + r.nextInt((int) (100 - target) + 1)).build();
    }

    /** Random home: load and PV that jump now and then, outages and car absences in blocks. */
    private static final class Weather {
        final Random r;
        double loadW = 500;
        double pvW;
        boolean grid = true;
        boolean present = true;

        Weather(Random r) {
            this.r = r;
        }

        void next(boolean allowOutages, boolean allowAbsence) {
            if (r.nextInt(4) == 0) {
                loadW = r.nextInt(6000);
            }
            if (r.nextInt(4) == 0) {
                pvW = r.nextBoolean() ? 0 : r.nextInt(10_000);
            }
            if (allowOutages && r.nextInt(20) == 0) {
                grid = !grid;
            }
            if (allowAbsence && r.nextInt(30) == 0) {
                present = !present;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds300")
    void safetyLimitsAndWriteRateHoldOnEverySequence(long seed) {
        Random r = new Random(seed);
        ControlMode mode = activeMode(r);
        int stepS = stepSeconds(r);
        double soc0 = r.nextDouble() * 100;
        String id = "seed " + seed + ": ";
        V2xSettings s = randomSettings(r, mode);
        SiteSim sim = new SiteSim(s, 20 + r.nextInt(80), soc0);
        Weather w = new Weather(r);
        int steps = Math.min(2000, 2 * 86_400 / stepS);
        double lastWriteS = Double.NaN;
        double lastWrittenW = 0;
        boolean lastGrid = true;
        for (int k = 0; k < steps; k++) {
            Instant now = START.plusSeconds((long) k * stepS);
            w.next(true, true);
            Instant departure = r.nextInt(3) == 0 ? null : now.plusSeconds(r.nextInt(20 * 3600));
            double socBefore = sim.socPct;
            Decision d = sim.step(now, w.loadW, w.pvW, w.grid, w.present, departure);
            double p = d.setpointW();
            // device limits: 0 or within [min, max] in magnitude
            assertTrue(p == 0 || (p >= s.minChargeW() - EPS && p <= s.maxChargeW() + EPS)
                    || (p <= -s.minDischargeW() + EPS && p >= -s.maxDischargeW() - EPS), id + "setpoint " + p);
            // never a discharge at or below reserve + margin
            if (socBefore <= s.dischargeFloorPct()) {
                assertTrue(p >= 0, id + "discharge " + p + " at SoC " + socBefore);
            }
            // with the grid present a discharge is V2H and starts only above the V2H floor
            if (w.grid && p < 0) {
                assertTrue(socBefore > s.v2hFloorPct(),
                        id + "V2H discharge " + p + " at SoC " + socBefore + ", floor " + s.v2hFloorPct());
            }
            // solar follow stores surplus only up to solarMaxSoc
            if (d.state() == ControlState.SOLAR_CHARGE) {
                assertTrue(socBefore < s.solarMaxSocPct(),
                        id + "solar charge at SoC " + socBefore + ", solarMaxSoc " + s.solarMaxSocPct());
            }
            // no export caused by a discharge when export is not allowed
            if (!s.allowGridExport() && w.grid && p < 0) {
                assertTrue(-p <= Math.max(0, w.loadW - w.pvW) + EPS,
                        id + "discharge " + p + " exceeds demand " + (w.loadW - w.pvW));
            }
            double nowS = now.getEpochSecond();
            if (d.write()) {
                if (!Double.isNaN(lastWriteS)) {
                    if (d.urgent()) {
                        boolean reducesDischarge = lastWrittenW < 0 && p > lastWrittenW;
                        assertTrue(reducesDischarge || w.grid != lastGrid, id + "urgent write must reduce a discharge");
                    } else {
                        assertTrue(nowS - lastWriteS >= s.minWriteInterval().getSeconds(), id + "writes too close");
                    }
                }
                lastWriteS = nowS;
                lastWrittenW = p;
            }
            lastGrid = w.grid;
            sim.advance(stepS);
            // the energy cap lets one interval of V2H end at the floor, never below it
            if (w.grid && sim.actualW < 0) {
                assertTrue(sim.socPct >= s.v2hFloorPct() - EPS,
                        id + "V2H took the SoC to " + sim.socPct + ", below the floor " + s.v2hFloorPct());
            }
        }
        if (sim.minSocWhileDischarging != Double.POSITIVE_INFINITY) {
            assertTrue(sim.minSocWhileDischarging >= s.reserveSocPct() - EPS,
                    id + "SoC " + sim.minSocWhileDischarging + " below reserve " + s.reserveSocPct());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds300")
    void departureTargetIsMetWheneverFeasibleAtPlugIn(long seed) {
        Random r = new Random(seed);
        ControlMode mode = activeMode(r);
        int stepS = stepSeconds(r);
        double soc0 = r.nextDouble() * 100;
        int secondsToDeparture = 600 + r.nextInt(30 * 3600 - 600 + 1);
        String id = "seed " + seed + ": ";
        V2xSettings s = randomSettings(r, mode);
        double capacity = 20 + r.nextInt(80);
        SiteSim sim = new SiteSim(s, capacity, soc0);
        double neededS = DeparturePlanner.chargeSeconds(soc0, s.targetSocPct(), capacity, s);
        boolean feasible = neededS <= secondsToDeparture;
        Weather w = new Weather(r);
        Instant departure = START.plusSeconds(secondsToDeparture);
        long t = 0;
        while (t < secondsToDeparture) {
            w.next(false, false);
            sim.step(START.plusSeconds(t), w.loadW, w.pvW, true, true, departure);
            sim.advance(Math.min(stepS, secondsToDeparture - t));
            t += stepS;
        }
        if (feasible) {
            assertTrue(sim.socPct >= s.targetSocPct() - EPS, id + "SoC at departure " + sim.socPct + " below target "
                    + s.targetSocPct() + " (start " + soc0 + ", needed " + neededS + " s)");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds200")
    void regularWritesRespectTheIntervalWithIrregularMeasurements(long seed) {
        Random r = new Random(seed);
        ControlMode mode = activeMode(r);
        int intervalS = r.nextInt(601);
        String id = "seed " + seed + ": ";
        V2xSettings s = randomSettings(r, mode).toBuilder().minWriteInterval(Duration.ofSeconds(intervalS)).build();
        SiteSim sim = new SiteSim(s, 60, 20 + r.nextInt(80));
        Weather w = new Weather(r);
        double nowS = 0;
        @Nullable
        Double lastWriteS = null;
        int writes = 0;
        for (int k = 0; k < 1500; k++) {
            double dt = 1 + r.nextInt(120);
            nowS += dt;
            w.next(false, false);
            Decision d = sim.step(START.plusSeconds((long) nowS), w.loadW, w.pvW, true, true, null);
            if (d.write()) {
                writes++;
                if (lastWriteS != null && !d.urgent()) {
                    assertTrue(nowS - lastWriteS >= intervalS, id + "regular write after " + (nowS - lastWriteS) + " s");
                }
                lastWriteS = nowS;
            }
            sim.advance(dt);
        }
        assertTrue(writes >= 1, id + "no write at all");
    }
}
