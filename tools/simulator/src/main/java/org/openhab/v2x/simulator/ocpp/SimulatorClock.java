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

/**
 * The monotonic time the simulator's timers run on: offline duration (the fail-safe), heartbeat, meter values,
 * boot retry, call timeout, response delay and the battery's own time. Tests pass a {@link ManualSimulatorClock}
 * so these timers fire exactly when the test moves the clock, never by waiting; timestamps in messages stay
 * wall-clock time, as a real charger's would.
 */
@NonNullByDefault
@FunctionalInterface
public interface SimulatorClock {

    /** Nanoseconds from an arbitrary origin; only differences mean anything, as with {@link System#nanoTime()}. */
    long nanoTime();

    /** The real monotonic clock of the machine. */
    static SimulatorClock system() {
        return System::nanoTime;
    }
}
