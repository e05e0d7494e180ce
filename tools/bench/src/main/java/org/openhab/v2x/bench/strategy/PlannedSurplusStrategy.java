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
 * What the evcc and openWB baselines share: idle without the car or the grid (neither islands), full power while
 * their departure plan says so, otherwise a decision from the grid balance with a surplus on/off timer.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
abstract class PlannedSurplusStrategy implements Strategy {

    protected final Params params;
    protected final SurplusSwitch surplus;
    private final String name;
    private final double loopS;
    private final DeparturePlan plan;

    /** @param planStartMarginS how much earlier than the latest start the departure plan begins */
    PlannedSurplusStrategy(String name, double loopS, Params params, double planStartMarginS, SurplusSwitch surplus) {
        this.name = name;
        this.loopS = loopS;
        this.params = params;
        this.plan = new DeparturePlan(params, planStartMarginS);
        this.surplus = surplus;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double loopSeconds() {
        return loopS;
    }

    @Override
    public final double setpoint(SiteView v) {
        if (!v.carPresent || !v.gridAvailable) {
            plan.reset();
            surplus.reset();
            return 0;
        }
        if (plan.chargeNow(v)) {
            return params.maxChargeW();
        }
        return withoutPlan(v);
    }

    /** The setpoint while the car is present, the grid is up and the departure plan does not charge. */
    protected abstract double withoutPlan(SiteView v);
}
