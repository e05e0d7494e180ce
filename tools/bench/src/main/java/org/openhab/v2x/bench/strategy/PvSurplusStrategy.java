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
 * evcc's {@code pv} mode as described in CONTROL.md: every 30 s the charge power becomes
 * {@code current - sitePower}; charging is enabled after the surplus has reached the minimum power for 1 min and
 * disabled after it has stayed below for 3 min (holding the minimum meanwhile). Charges only, up to 100 %. When the
 * time left is just enough to reach the target at full power (plus one loop), it charges at full power until the
 * target, like evcc's departure plan.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class PvSurplusStrategy implements Strategy {

    public static final String NAME = "pv-surplus";
    static final double LOOP_S = 30;
    static final double ENABLE_DELAY_S = 60;
    static final double DISABLE_DELAY_S = 180;

    private final Params params;
    private boolean enabled;
    private double conditionSinceS = Double.NaN;
    private long planDepartureS = -1;

    public PvSurplusStrategy(Params params) {
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
            enabled = false;
            conditionSinceS = Double.NaN;
            planDepartureS = -1;
            return 0;
        }
        if (v.departureS > 0 && v.socPct < p.targetSocPct()) {
            double neededS = (p.targetSocPct() - v.socPct) / 100 * p.capacityWh()
                    / (p.maxChargeW() * p.chargeEfficiency()) * 3600;
            if (planDepartureS == v.departureS || v.nowS + neededS + LOOP_S >= v.departureS) {
                planDepartureS = v.departureS;
                return p.maxChargeW();
            }
        } else {
            planDepartureS = -1;
        }
        if (v.socPct >= 100) {
            enabled = false;
            conditionSinceS = Double.NaN;
            return 0;
        }
        double target = v.carW - v.gridW;
        double min = Math.max(p.minPowerW(), 1);
        if (!enabled) {
            if (target >= min) {
                if (Double.isNaN(conditionSinceS)) {
                    conditionSinceS = v.nowS;
                }
                if (v.nowS - conditionSinceS >= ENABLE_DELAY_S) {
                    enabled = true;
                    conditionSinceS = Double.NaN;
                    return Math.min(target, p.maxChargeW());
                }
            } else {
                conditionSinceS = Double.NaN;
            }
            return 0;
        }
        if (target < min) {
            if (Double.isNaN(conditionSinceS)) {
                conditionSinceS = v.nowS;
            }
            if (v.nowS - conditionSinceS >= DISABLE_DELAY_S) {
                enabled = false;
                conditionSinceS = Double.NaN;
                return 0;
            }
            return min;
        }
        conditionSinceS = Double.NaN;
        return Math.min(target, p.maxChargeW());
    }
}
