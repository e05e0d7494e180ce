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
 * openWB's bidirectional sub-mode as described in CONTROL.md: every 10 s the car's power is set from the grid
 * balance so that the grid sits in the middle of the 0..230 W target band: discharging when the house imports,
 * charging from the surplus. It stops discharging at the driving reserve and charging at 100 %; requests below the
 * minimum power give 0. No departure planning and no islanding.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ZeroPointBidiStrategy implements Strategy {

    public static final String NAME = "zero-point-bidi";
    static final double LOOP_S = 10;
    static final double TARGET_GRID_W = 115;

    private final Params params;

    public ZeroPointBidiStrategy(Params params) {
        this.params = params;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double loopSeconds() {
        return LOOP_S;
    }

    @Override
    public double setpoint(SiteView v) {
        Params p = params;
        if (!v.carPresent || !v.gridAvailable) {
            return 0;
        }
        double power = v.carW - (v.gridW - TARGET_GRID_W);
        if (power > 0) {
            power = v.socPct >= 100 ? 0 : Math.min(power, p.maxChargeW());
        } else if (power < 0) {
            power = v.socPct <= p.reserveSocPct() ? 0 : Math.max(power, -p.maxDischargeW());
        }
        return Math.abs(power) < p.minPowerW() ? 0 : power;
    }
}
