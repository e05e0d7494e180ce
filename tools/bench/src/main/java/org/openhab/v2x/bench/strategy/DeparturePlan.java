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
 * The departure plan of the baselines (evcc's plan, openWB's scheduled charging): charge at full power once the
 * time left is just enough to reach the target SoC, plus a start margin, and keep charging until the target is
 * reached or the departure changes. The time needed includes the charge efficiency, so a plan that starts in time
 * reaches the target.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class DeparturePlan {

    private final Params params;
    private final double startMarginS;
    private long plannedDepartureS = -1;

    /** @param startMarginS how much earlier than the latest start the plan begins */
    DeparturePlan(Params params, double startMarginS) {
        this.params = params;
        this.startMarginS = startMarginS;
    }

    /** Whether the car must charge at full power now. */
    boolean chargeNow(SiteView v) {
        if (!v.carPresent || v.departureS <= 0 || v.socPct >= params.targetSocPct()) {
            plannedDepartureS = -1;
            return false;
        }
        if (plannedDepartureS == v.departureS) {
            return true;
        }
        double neededS = (params.targetSocPct() - v.socPct) / 100 * params.capacityWh()
                / (params.maxChargeW() * params.chargeEfficiency()) * 3600;
        if (v.nowS + neededS + startMarginS >= v.departureS) {
            plannedDepartureS = v.departureS;
            return true;
        }
        return false;
    }

    void reset() {
        plannedDepartureS = -1;
    }
}
