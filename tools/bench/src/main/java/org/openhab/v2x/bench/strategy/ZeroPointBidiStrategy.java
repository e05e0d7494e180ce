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

/**
 * openWB's bidirectional charging, which is a sub-mode of its scheduled charging ("Zielladen", openWB 2.x
 * {@code ChargeTemplate.scheduled_charging_calc_current}): with the SoC between the plan's target SoC and its SoC
 * limit the car follows the grid zero point every 10 s (power from the grid balance to the middle of the 0..230 W
 * band: discharging when the house imports, charging from the surplus, below the minimum power nothing); below the
 * target it charges from PV surplus (on at 1500 W surplus, at least the minimum power, after 30 s; off after 60 s of
 * import) and at full power from 5 minutes before the latest start that still reaches the target. Its reserve is
 * therefore the plan's target SoC, never below {@code reserve_soc_pct}. The SoC limit is 100 %. No islanding.
 * <p>
 * One deviation in its favour: openWB estimates the charge duration without the charge efficiency; here the plan
 * includes it (as the {@code pv-surplus} plan does), so the comparison is about control, not about that estimate.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ZeroPointBidiStrategy extends PlannedSurplusStrategy {

    public static final String NAME = "zero-point-bidi";
    static final double LOOP_S = 10;
    static final double TARGET_GRID_W = 115;
    static final double PLAN_START_EARLIER_S = 300;
    static final double PV_SWITCH_ON_SURPLUS_W = 1500;
    static final double PV_SWITCH_ON_DELAY_S = 30;
    static final double PV_SWITCH_OFF_DELAY_S = 60;

    public ZeroPointBidiStrategy(Params params) {
        super(NAME, LOOP_S, params, PLAN_START_EARLIER_S,
                new SurplusSwitch(PV_SWITCH_ON_DELAY_S, PV_SWITCH_OFF_DELAY_S));
    }

    @Override
    protected double withoutPlan(SiteView v) {
        Params p = params;
        double zeroPoint = v.carW - (v.gridW - TARGET_GRID_W);
        if (v.socPct >= p.targetSocPct()) {
            surplus.reset();
            return bidi(zeroPoint, v.socPct);
        }
        double min = Math.max(p.minPowerW(), 1);
        double surplusW = v.carW - v.gridW;
        if (!surplus.update(v.nowS, surplusW >= Math.max(PV_SWITCH_ON_SURPLUS_W, min), surplusW < min)) {
            return 0;
        }
        return Math.min(Math.max(zeroPoint, min), p.maxChargeW());
    }

    private double bidi(double zeroPoint, double socPct) {
        Params p = params;
        double floorPct = Math.max(p.targetSocPct(), p.reserveSocPct());
        double power;
        if (zeroPoint > 0) {
            power = socPct >= 100 ? 0 : Math.min(zeroPoint, p.maxChargeW());
        } else {
            power = socPct <= floorPct ? 0 : Math.max(zeroPoint, -p.maxDischargeW());
        }
        return Math.abs(power) < p.minPowerW() ? 0 : power;
    }
}
