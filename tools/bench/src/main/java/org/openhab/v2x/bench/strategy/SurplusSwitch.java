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

/**
 * The on/off timer of surplus charging in evcc and openWB: charging switches on after the start condition has held
 * for the enable delay and off after the stop condition has held for the disable delay; a condition that lapses
 * restarts its timer.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class SurplusSwitch {

    private final double enableDelayS;
    private final double disableDelayS;
    private boolean on;
    private double conditionSinceS = Double.NaN;

    SurplusSwitch(double enableDelayS, double disableDelayS) {
        this.enableDelayS = enableDelayS;
        this.disableDelayS = disableDelayS;
    }

    /** Whether charging is on after this observation at {@code nowS}. */
    boolean update(double nowS, boolean startCondition, boolean stopCondition) {
        boolean pending = on ? stopCondition : startCondition;
        if (!pending) {
            conditionSinceS = Double.NaN;
            return on;
        }
        if (Double.isNaN(conditionSinceS)) {
            conditionSinceS = nowS;
        }
        if (nowS - conditionSinceS >= (on ? disableDelayS : enableDelayS)) {
            on = !on;
            conditionSinceS = Double.NaN;
        }
        return on;
    }

    void reset() {
        on = false;
        conditionSinceS = Double.NaN;
    }
}
