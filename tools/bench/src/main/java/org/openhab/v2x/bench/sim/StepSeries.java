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
package org.openhab.v2x.bench.sim;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Per-step results of a run, for plots: averages over the step and the SoC at its end.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class StepSeries {
    public final double[] gridW;
    public final double[] carW;
    public final double[] socPct;
    public final double[] setpointW;

    StepSeries(int n) {
        gridW = new double[n];
        carW = new double[n];
        socPct = new double[n];
        setpointW = new double[n];
    }
}
