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
import org.openhab.v2x.bench.sim.SiteView;
import org.openhab.v2x.bench.sim.Strategy;

/**
 * Replays a precomputed setpoint per step (the optimiser's schedule).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ScheduleStrategy implements Strategy {

    private final String name;
    private final double[] setpointW;

    public ScheduleStrategy(String name, double[] setpointW) {
        this.name = name;
        this.setpointW = setpointW.clone();
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
        return setpointW[v.step];
    }
}
