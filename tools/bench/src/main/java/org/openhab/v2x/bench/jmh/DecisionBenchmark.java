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
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.V2xController;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.strategy.V2xStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one control decision (building the measurement included, as the handler does), with a clock that moves
 * 10 s per call and a household that alternates between import and surplus.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmark {

    private V2xController controller = new V2xController(V2xStrategy.settings(Params.defaults(), ZoneId.of("UTC")));
    private long nowMs = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
    private double chargerW;
    private int tick;

    @Setup
    public void setUp() {
        controller = new V2xController(V2xStrategy.settings(Params.defaults(), ZoneId.of("UTC")));
    }

    @Benchmark
    public double decide() {
        nowMs += 10_000;
        tick++;
        double pv = (tick & 64) == 0 ? 6000 : 200;
        double load = 800 + (tick % 7) * 150;
        double grid = load + chargerW - pv;
        Measurement m = new Measurement(Instant.ofEpochMilli(nowMs), grid, true, chargerW, true, 55.0, 60.0, pv, load,
                Instant.ofEpochMilli(nowMs + 36_000_000));
        chargerW = controller.decide(m).setpointW();
        return chargerW;
    }
}
