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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A simulator clock that stands still until a test moves it. Pair it with {@link ChargePointSimulator#tick()} to
 * run the simulator's timers at exactly the moment the test chose.
 */
@NonNullByDefault
public final class ManualSimulatorClock implements SimulatorClock {

    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    /** Moves the clock forward; moving it back is refused, as monotonic time never goes back. */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a monotonic clock cannot go back: " + step);
        }
        nanos.addAndGet(step.toNanos());
    }
}
