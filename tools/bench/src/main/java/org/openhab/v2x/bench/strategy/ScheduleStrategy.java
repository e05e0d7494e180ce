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
package org.openhab.v2x.bench.strategy;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.sim.SiteView;
import org.openhab.v2x.bench.sim.Strategy;

/**
 * Replays a precomputed setpoint per step (the optimiser's schedule), keeping the driving reserve: the LP relaxes
 * that rule for sessions that may arrive below it, so a discharge is cut where it would end below the reserve.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ScheduleStrategy implements Strategy {

    private final String name;
    private final double[] setpointW;
    private final Params params;

    /** @param params for the reserve rule: a discharge is limited so that the interval ends at the reserve */
    public ScheduleStrategy(String name, double[] setpointW, Params params) {
        this.name = name;
        this.setpointW = setpointW.clone();
        this.params = params;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double loopSeconds() {
        return 0;
    }

    @Override
    public double setpoint(SiteView v) {
        double w = setpointW[v.step];
        if (w < 0) {
            Params p = params;
            double aboveWh = Math.max(0, v.socPct - p.reserveSocPct()) / 100 * p.capacityWh();
            w = Math.max(w, -aboveWh * p.dischargeEfficiency() / (v.intervalS / 3600) * (1 - 1e-9));
        }
        return w;
    }
}
