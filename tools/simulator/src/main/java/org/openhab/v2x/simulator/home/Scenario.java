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
package org.openhab.v2x.simulator.home;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A day (or any period) of a home as fixed time steps in time order, see the scenario CSV format.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class Scenario {

    private final String name;
    private final List<ScenarioStep> steps;
    private final Duration step;
    private final ZoneOffset offset;

    /**
     * @param offset the UTC offset the scenario's timestamps were written in, used to show local times
     * @throws IllegalArgumentException when there are no steps, they are not in time order or not equally spaced
     */
    public Scenario(String name, List<ScenarioStep> steps, ZoneOffset offset) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Scenario '" + name + "' has no steps");
        }
        this.name = name;
        this.steps = List.copyOf(steps);
        this.offset = offset;
        this.step = steps.size() > 1 ? Duration.between(steps.get(0).start(), steps.get(1).start())
                : Duration.ofMinutes(15);
        if (step.compareTo(Duration.ofMinutes(1)) < 0 || step.compareTo(Duration.ofMinutes(60)) > 0) {
            throw new IllegalArgumentException("Scenario '" + name + "': the time step must be 1..60 min, got " + step);
        }
        for (int i = 1; i < steps.size(); i++) {
            Duration gap = Duration.between(steps.get(i - 1).start(), steps.get(i).start());
            if (!gap.equals(step)) {
                throw new IllegalArgumentException("Scenario '" + name + "': step " + (i + 1) + " at "
                        + steps.get(i).start() + " is " + gap + " after the previous one; every step must be " + step);
            }
        }
    }

    public String name() {
        return name;
    }

    public List<ScenarioStep> steps() {
        return steps;
    }

    public Duration step() {
        return step;
    }

    public ZoneOffset offset() {
        return offset;
    }

    public Instant start() {
        return steps.get(0).start();
    }

    /** End of the last step. */
    public Instant end() {
        return steps.get(steps.size() - 1).start().plus(step);
    }

    /** The step covering {@code time}; the first before the start, the last after the end. */
    public ScenarioStep at(Instant time) {
        long index = Duration.between(start(), time).toNanos() / step.toNanos();
        int clamped = (int) Math.max(0, Math.min(steps.size() - 1, index));
        if (time.isBefore(start())) {
            clamped = 0;
        }
        return steps.get(clamped);
    }

    /**
     * When the car plugged in at {@code time} leaves next: the start of the next step without it; after the last
     * departure of the scenario, the same time of day as that one on the following days (as a user's daily
     * departure time). Null when the car is away or never leaves.
     */
    public @Nullable Instant nextDeparture(Instant time) {
        if (!at(time).evPresent()) {
            return null;
        }
        Instant last = null;
        for (int i = 1; i < steps.size(); i++) {
            ScenarioStep candidate = steps.get(i);
            if (!candidate.evPresent() && steps.get(i - 1).evPresent()) {
                if (candidate.start().isAfter(time)) {
                    return candidate.start();
                }
                last = candidate.start();
            }
        }
        if (last == null) {
            return null;
        }
        Instant next = last;
        while (!next.isAfter(time)) {
            next = next.plus(Duration.ofDays(1));
        }
        return next;
    }

    /** The same scenario cut to its first {@code duration}. */
    public Scenario firstPart(Duration duration) {
        int count = (int) Math.max(1, Math.min(steps.size(), duration.toNanos() / step.toNanos()));
        return new Scenario(name, steps.subList(0, count), offset);
    }
}
