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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One row of a scenario: what the home does from {@code start} until the next step.
 *
 * @param start start of the step
 * @param loadW household load without the car, W
 * @param pvW PV production, W
 * @param gridAvailable false during an outage
 * @param evPresent whether the car is plugged in
 * @param evTripKwh energy the car used while away; non-zero only on the first step after it returns
 * @param criticalLoadW the part of the load that must be served during an outage, W
 * @param priceImport price per imported kWh
 * @param priceExport price per exported kWh
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record ScenarioStep(Instant start, double loadW, double pvW, boolean gridAvailable, boolean evPresent,
        double evTripKwh, double criticalLoadW, double priceImport, double priceExport) {

    /** Prices of a step whose scenario names none: the defaults of CONTROL.md's scenario parameters. */
    public static final double DEFAULT_PRICE_IMPORT = 0.30;
    public static final double DEFAULT_PRICE_EXPORT = 0.08;

    public ScenarioStep {
        nonNegative("load_w", loadW);
        nonNegative("pv_w", pvW);
        nonNegative("ev_trip_kwh", evTripKwh);
        nonNegative("critical_load_w", criticalLoadW);
        if (criticalLoadW > loadW) {
            throw new IllegalArgumentException(
                    "critical_load_w (" + criticalLoadW + ") must not exceed load_w (" + loadW + ")");
        }
    }

    /** The part of the load that may be shed during an outage, W. */
    public double sheddableW() {
        return loadW - criticalLoadW;
    }

    private static void nonNegative(String column, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(column + " must be a finite number >= 0, got " + value);
        }
    }
}
