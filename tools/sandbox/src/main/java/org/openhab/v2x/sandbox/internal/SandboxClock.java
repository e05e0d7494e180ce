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
package org.openhab.v2x.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.SimulatorClock;

/**
 * Sandbox time: starts at the scenario's start and moves only when the run steps it ({@link #advance}), never by
 * itself. Registered as a {@link Clock} service marked as the simulation's clock, so the rules decide on the same
 * time the home and the car battery use, and handed to the charger simulator as its {@link SimulatorClock}, so its
 * meter values, heartbeats and fail-safe run on it too (on real time only while the runtime boots). Because nothing follows real time, the same options give the
 * same day, however fast the machine is; {@code speed} only paces the steps for the viewer.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxClock extends Clock implements SimulatorClock {

    private final Instant origin;
    private final double speed;
    private final ZoneId zone;
    // shared with the copies withZone() makes, so they follow every step
    private final AtomicLong elapsedNanos;
    private final long createdNanos = System.nanoTime();
    // while the runtime boots, the simulator's timers (connect retry, boot retry) run on real time; this is the real
    // time that had passed when the day started, from then on only the steps count
    private volatile long bootNanos = -1;

    SandboxClock(Instant origin, double speed, ZoneId zone) {
        this(origin, speed, zone, new AtomicLong());
    }

    private SandboxClock(Instant origin, double speed, ZoneId zone, AtomicLong elapsedNanos) {
        this.origin = origin;
        this.speed = speed;
        this.zone = zone;
        this.elapsedNanos = elapsedNanos;
    }

    /** Ends the boot: from now on the simulator's time moves only with the steps. */
    void startDay() {
        if (bootNanos < 0) {
            bootNanos = System.nanoTime() - createdNanos;
        }
    }

    /** Moves sandbox time on by {@code step}. */
    void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("sandbox time does not go back");
        }
        elapsedNanos.addAndGet(step.toNanos());
    }

    double speed() {
        return speed;
    }

    /** Sandbox time passed since the origin. */
    Duration elapsed() {
        return Duration.ofNanos(elapsedNanos.get());
    }

    /** Real time that simulated {@code duration} takes at the configured speed. */
    Duration realTime(Duration duration) {
        return Duration.ofNanos((long) (duration.toNanos() / speed));
    }

    @Override
    public Instant instant() {
        return origin.plusNanos(elapsedNanos.get());
    }

    @Override
    public long nanoTime() {
        long boot = bootNanos;
        return boot < 0 ? System.nanoTime() - createdNanos : boot + elapsedNanos.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SandboxClock(origin, speed, newZone, elapsedNanos);
    }
}
