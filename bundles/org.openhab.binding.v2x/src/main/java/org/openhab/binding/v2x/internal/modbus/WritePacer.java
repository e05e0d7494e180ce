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
package org.openhab.binding.v2x.internal.modbus;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Spaces register writes: the Quasar (and the open controllers that drive it) need a pause between two writes,
 * or the charger drops or misapplies the second one.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class WritePacer {

    /** Waits; the handler passes a real sleep, tests a recording one. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Nanoseconds of a monotonic clock. */
    @FunctionalInterface
    public interface Ticker {
        long nanoTime();
    }

    private final Duration pause;
    private final Sleeper sleeper;
    private final Ticker ticker;
    private long lastWriteNanos;
    private boolean written;

    public WritePacer(Duration pause, Sleeper sleeper, Ticker ticker) {
        this.pause = pause.isNegative() ? Duration.ZERO : pause;
        this.sleeper = sleeper;
        this.ticker = ticker;
    }

    /** Waits until the pause since the last write has passed; call right before each write. */
    public synchronized void beforeWrite() throws InterruptedException {
        if (written) {
            long remaining = pause.toNanos() - (ticker.nanoTime() - lastWriteNanos);
            if (remaining > 0) {
                sleeper.sleep(Duration.ofNanos(remaining));
            }
        }
    }

    /** Notes that a write went out now. */
    public synchronized void written() {
        lastWriteNanos = ticker.nanoTime();
        written = true;
    }
}
