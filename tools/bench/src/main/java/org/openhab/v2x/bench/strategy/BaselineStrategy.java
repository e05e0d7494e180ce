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
 * The reference of {@code fraction_of_optimum}: full power from arrival until the target SoC, never a discharge.
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
        return v.carPresent && v.gridAvailable && v.socPct < params.targetSocPct() ? params.maxChargeW() : 0;
    }
}
