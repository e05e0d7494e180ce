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
 * evcc's {@code pv} mode as described in CONTROL.md: every 30 s the charge power becomes
 * {@code current - sitePower}; charging is enabled after the surplus has reached the minimum power for 1 min and
 * disabled after it has stayed below for 3 min (holding the minimum meanwhile). Charges only, up to 100 %. When the
 * time left is just enough to reach the target at full power (plus one loop), it charges at full power until the
 * target, like evcc's departure plan.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class PvSurplusStrategy extends PlannedSurplusStrategy {

    public static final String NAME = "pv-surplus";
    static final double LOOP_S = 30;
    static final double ENABLE_DELAY_S = 60;
    static final double DISABLE_DELAY_S = 180;

    public PvSurplusStrategy(Params params) {
        super(NAME, LOOP_S, params, LOOP_S, new SurplusSwitch(ENABLE_DELAY_S, DISABLE_DELAY_S));
    }

    @Override
    protected double withoutPlan(SiteView v) {
        Params p = params;
        if (v.socPct >= 100) {
            surplus.reset();
            return 0;
        }
        double target = v.carW - v.gridW;
        double min = Math.max(p.minPowerW(), 1);
        if (!surplus.update(v.nowS, target >= min, target < min)) {
            return 0;
        }
        // While the stop timer runs evcc holds the minimum current.
        return target < min ? min : Math.min(target, p.maxChargeW());
    }
}
