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
 * A minimal site for tests: a car battery with the same efficiencies as the settings, a charger that holds the last
 * written setpoint, and a grid meter computed from load, PV and the charger power.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class SiteSim {

    final V2xController controller;
    final V2xSettings settings;
    final double capacityKwh;
    double socPct;
    double commandedW;
    double actualW;
    double loadW;
    double pvW;
    boolean gridAvailable = true;
    boolean present = true;
    /** Lowest SoC reached during a discharge. */
    double minSocWhileDischarging = Double.POSITIVE_INFINITY;

    SiteSim(V2xSettings settings, double capacityKwh, double socPct) {
        this.settings = settings;
        this.controller = new V2xController(settings);
        this.capacityKwh = capacityKwh;
        this.socPct = socPct;
    }

    /** Measures the site at {@code now}, lets the controller decide and applies a written setpoint. */
    Decision step(Instant now, double load, double pv, boolean grid, boolean carPresent,
            @Nullable Instant departure) {
        loadW = load;
        pvW = pv;
        gridAvailable = grid;
        present = carPresent;
        if (!carPresent) {
            actualW = 0;
        }
        double gridW = grid ? load - pv + actualW : 0;
        Measurement.Builder b = Measurement.at(now).grid(gridW).gridAvailable(grid).charger(actualW).pv(pv)
                .homeLoad(load).departure(carPresent ? departure : null);
        if (carPresent) {
            b.car(socPct, capacityKwh);
        }
        Decision d = controller.decide(b.build());
        if (d.write()) {
            commandedW = d.setpointW();
        }
        actualW = physicalPower();
        return d;
    }

    /** The power the charger really delivers for the commanded setpoint in the present conditions. */
    private double physicalPower() {
        if (!present) {
            return 0;
        }
        double p = commandedW;
        if (p > 0 && socPct >= 100) {
            return 0;
        }
        if (!gridAvailable) {
            double demand = loadW - pvW;
            // islanded: the car can only supply what the home draws and only charge from PV surplus
            p = p < 0 ? -Math.min(-p, Math.max(0, demand)) : Math.min(p, Math.max(0, -demand));
        }
        return p;
    }

    /** Integrates the battery over the given time at the present charger power. */
    void advance(double seconds) {
        if (!present || seconds <= 0) {
            return;
        }
        double wh = actualW * seconds / 3600;
        double batteryWh = wh > 0 ? wh * settings.chargeEfficiency() : wh / settings.dischargeEfficiency();
        socPct = Math.min(100, socPct + batteryWh / (capacityKwh * 1000) * 100);
        if (actualW < 0) {
            minSocWhileDischarging = Math.min(minSocWhileDischarging, socPct);
        }
    }

    /** The car drove away and used energy. */
    void drive(double kwh) {
        socPct = Math.max(0, socPct - kwh / capacityKwh * 100);
    }
}
