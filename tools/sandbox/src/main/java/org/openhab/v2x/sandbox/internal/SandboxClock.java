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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Sandbox time: starts at the scenario's start, stands still until {@link #run()} (while the runtime boots), then
 * runs {@code speed} times faster than real time. Registered as a {@link Clock} service marked as the simulation's
 * clock, so the rules decide on the same time the home and the car battery use.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxClock extends Clock {

    private final Instant origin;
    private final double speed;
    private final ZoneId zone;
    private volatile long startNanos;
    private volatile boolean running;

    SandboxClock(Instant origin, double speed, ZoneId zone) {
        this(origin, speed, zone, 0, false);
    }

    private SandboxClock(Instant origin, double speed, ZoneId zone, long startNanos, boolean running) {
        this.origin = origin;
        this.speed = speed;
        this.zone = zone;
        this.startNanos = startNanos;
        this.running = running;
    }

    /** Lets time run from the origin on. */
    void run() {
        startNanos = System.nanoTime();
        running = true;
    }

    double speed() {
        return speed;
    }

    /** Real time that simulated {@code duration} takes. */
    Duration realTime(Duration duration) {
        return Duration.ofNanos((long) (duration.toNanos() / speed));
    }

    @Override
    public Instant instant() {
        if (!running) {
            return origin;
        }
        long simulatedNanos = (long) ((System.nanoTime() - startNanos) * speed);
        return origin.plusNanos(simulatedNanos);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        // the copy shares the origin but not later run() calls; the rules only read the zone from it
        return new SandboxClock(origin, speed, newZone, startNanos, running);
    }
}
