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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the planner holds back for a grid outage and for driving, beyond the prices.
 *
 * @param priority what comes first when driving, the home and the backup compete
 * @param outageStart a scheduled outage (the plan holds the backup energy at its start, charging beforehand, and
 *            models the grid as lost for the backup hours), or {@code null}
 * @param stormWarning an outage may come at any time: the backup energy is held from now on
 * @param backupHours hours of critical load the backup energy carries
 * @param criticalLoadW the critical load the backup energy is sized for (W)
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record Readiness(PlanPriority priority, @Nullable Instant outageStart, boolean stormWarning,
        double backupHours, double criticalLoadW) {

    public Readiness {
        if (!(backupHours >= 0 && backupHours <= 168)) {
            throw new IllegalArgumentException("backupHours must be within 0..168: " + backupHours);
        }
        if (!(criticalLoadW >= 0 && Double.isFinite(criticalLoadW))) {
            throw new IllegalArgumentException("criticalLoadW must be >= 0: " + criticalLoadW);
        }
    }

    /** Balanced, no outage expected. */
    public static Readiness none() {
        return new Readiness(PlanPriority.BALANCED, null, false, 0, 0);
    }

    /** Energy in the battery (Wh) that carries the critical load for the backup hours. */
    public double backupEnergyWh(double dischargeEfficiency) {
        return criticalLoadW * backupHours / dischargeEfficiency;
    }
}
