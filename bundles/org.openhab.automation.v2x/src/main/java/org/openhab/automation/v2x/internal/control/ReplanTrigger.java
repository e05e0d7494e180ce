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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * When the planner must plan again: at a fixed interval, and at once on an event that makes the plan wrong - the
 * car plugged in, a new departure or target, new prices, the grid back after an outage.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ReplanTrigger {

    private final Duration interval;
    private @Nullable Instant lastPlan;
    private boolean carPresent;
    private @Nullable Instant departure;
    private double targetSocPct = Double.NaN;
    private long pricesVersion;
    private boolean gridAvailable = true;

    public ReplanTrigger(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("replan interval must be positive: " + interval);
        }
        this.interval = interval;
    }

    /**
     * Compares the situation with the one of the last plan.
     *
     * @param pricesVersion any number that changes when new prices are published
     * @return why a plan is due now, or {@code null} when the last plan still holds or no car is plugged in
     */
    public @Nullable String due(Instant now, boolean carPresent, @Nullable Instant departure, double targetSocPct,
            long pricesVersion, boolean gridAvailable) {
        Instant last = lastPlan;
        String reason = null;
        if (!carPresent) {
            reason = null;
        } else if (last == null) {
            reason = "first plan";
        } else if (carPresent && !this.carPresent) {
            reason = "car plugged in";
        } else if (!Objects.equals(departure, this.departure)) {
            reason = "departure changed";
        } else if (targetSocPct != this.targetSocPct) {
            reason = "target changed";
        } else if (pricesVersion != this.pricesVersion) {
            reason = "new prices";
        } else if (gridAvailable && !this.gridAvailable) {
            reason = "grid back";
        } else if (now.isBefore(last) || !now.isBefore(last.plus(interval))) {
            reason = "interval";
        }
        this.carPresent = carPresent;
        this.departure = departure;
        this.targetSocPct = targetSocPct;
        this.pricesVersion = pricesVersion;
        this.gridAvailable = gridAvailable;
        return reason;
    }

    /** Records that a plan was made now. */
    public void planned(Instant now) {
        lastPlan = now;
    }
}
