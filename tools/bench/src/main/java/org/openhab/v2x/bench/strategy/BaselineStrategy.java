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
 * The reference of {@code fraction_of_optimum}: full power from arrival until the target SoC (the last interval
 * only what is missing, at least the minimum power), never a discharge.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class BaselineStrategy implements Strategy {

    public static final String NAME = "baseline";
    private final Params params;

    public BaselineStrategy(Params params) {
        this.params = params;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double loopSeconds() {
        return 0;
    }

    @Override
    public double setpoint(SiteView v) {
        Params p = params;
        if (!v.carPresent || !v.gridAvailable || v.socPct >= p.targetSocPct()) {
            return 0;
        }
        // like a car that stops at its charge limit: the last interval only takes what is missing
        double missingWh = (p.targetSocPct() - v.socPct) / 100 * p.capacityWh() / p.chargeEfficiency();
        double power = missingWh / (v.intervalS / 3600);
        return Math.min(p.maxChargeW(), Math.max(p.minPowerW(), power));
    }
}
