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
package org.openhab.automation.v2x.internal.control;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Spares the charger: a new setpoint is written only if it differs from the last written one by at least the
 * deadband (or starts/stops/reverses the charger) and the minimum write interval has passed. Urgent writes skip
 * both checks; the first write after creation or {@link #forceNextWrite()} always goes out.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class WriteLimiter {

    private double lastWrittenW;
    private double lastWriteS = Double.NaN;
    private boolean forceNext = true;

    /** Decides whether {@code targetW} is written now, and records it if so. */
    boolean offer(double targetW, double nowS, boolean urgent, V2xSettings s) {
        boolean write;
        if (forceNext || Double.isNaN(lastWriteS)) {
            write = true;
        } else if (targetW == lastWrittenW) {
            write = false;
        } else if (urgent) {
            write = true;
        } else if (nowS - lastWriteS < s.minWriteInterval().toMillis() / 1000.0) {
            write = false;
        } else {
            write = Math.signum(targetW) != Math.signum(lastWrittenW)
                    || Math.abs(targetW - lastWrittenW) >= s.deadbandW();
        }
        if (write) {
            lastWrittenW = targetW;
            lastWriteS = nowS;
            forceNext = false;
        }
        return write;
    }

    /** The setpoint the charger was last told. */
    double lastWrittenW() {
        return lastWrittenW;
    }

    /** Makes the next offer a write, e.g. after the settings changed. */
    void forceNextWrite() {
        forceNext = true;
    }

    /** Lets the write interval restart from {@code nowS} (after the clock jumped back). */
    void restartClock(double nowS) {
        if (!Double.isNaN(lastWriteS)) {
            lastWriteS = Math.min(lastWriteS, nowS);
        }
    }
}
