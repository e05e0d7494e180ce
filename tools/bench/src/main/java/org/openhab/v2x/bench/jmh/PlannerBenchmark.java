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
package org.openhab.v2x.bench.jmh;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.v2x.internal.control.ChargePlan;
import org.openhab.automation.v2x.internal.control.ChargePlanner;
import org.openhab.automation.v2x.internal.control.PlannerSettings;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.strategy.V2xStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one replan of the {@link ChargePlanner}: 36 h at 15 min (144 slots), the default car (60 kWh, 250 Wh
 * levels), a departure at the end of the horizon, a summer day's load and PV and a time-of-use tariff, V2H allowed.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlannerBenchmark {

    static final int SLOTS = 144;
    private final ChargePlanner planner = new ChargePlanner(PlannerSettings.defaults());
    private final V2xSettings settings = V2xStrategy.settings(Params.defaults(), ZoneId.of("UTC")).toBuilder()
            .mode(org.openhab.automation.v2x.internal.control.ControlMode.SOLAR_V2H).build();
    private final ChargePlanner.Input input = input();
    private int tick;

    static ChargePlanner.Input input() {
        Instant now = Instant.parse("2026-06-01T16:00:00Z");
        double[] load = new double[SLOTS];
        double[] pv = new double[SLOTS];
        double[] priceImport = new double[SLOTS];
        double[] priceExport = new double[SLOTS];
        for (int t = 0; t < SLOTS; t++) {
            double hour = (16 + t * 0.25) % 24;
            load[t] = 300 + (hour >= 18 && hour < 22 ? 1500 : 200);
            pv[t] = hour > 6 && hour < 20 ? 6000 * Math.sin(Math.PI * (hour - 6) / 14) : 0;
            priceImport[t] = hour < 6 ? 0.22 : hour >= 17 && hour < 21 ? 0.38 : 0.30;
            priceExport[t] = 0.08;
        }
        return new ChargePlanner.Input(now, 55, 60, now.plusSeconds(SLOTS * 900L), true, load, pv, priceImport,
                priceExport, 0);
    }

    @Benchmark
    public ChargePlan replan() {
        tick++;
        ChargePlanner.Input in = input;
        return planner.plan(new ChargePlanner.Input(in.now(), 40 + (tick % 40), in.capacityKwh(), in.departure(),
                true, in.loadW(), in.pvW(), in.priceImport(), in.priceExport(), 0), settings);
    }
}
