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
package org.openhab.v2x.simulator.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** Conversions between {@link SimulatorClock} differences and the seconds OCPP intervals are given in. */
@NonNullByDefault
final class Nanos {

    private Nanos() {
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }
}
