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
package org.openhab.v2x.sandbox.internal;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A departure of the car: when, with which SoC, against which target.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
record Departure(Instant time, double socPct, double targetSocPct) {

    boolean reachedTarget() {
        // the controller's own margin is a fraction of a percent; a car this close to the target counts as ready
        return socPct >= targetSocPct - 0.5;
    }
}
