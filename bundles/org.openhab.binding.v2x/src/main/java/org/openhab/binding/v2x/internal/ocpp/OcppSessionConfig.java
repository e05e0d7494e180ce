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
package org.openhab.binding.v2x.internal.ocpp;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Timing and queue limits of a session.
 *
 * @param responseTimeout how long a CALL waits for its answer
 * @param pingInterval WebSocket ping period; zero disables pings
 * @param silenceTimeout the session closes when nothing (no message, no pong) came from the peer for this long;
 *            zero disables the check
 * @param maxQueuedCalls outgoing CALLs waiting behind the outstanding one before call() fails fast
 * @param maxQueuedIncoming incoming CALLs waiting for the one being processed before they get RpcFrameworkError
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record OcppSessionConfig(Duration responseTimeout, Duration pingInterval, Duration silenceTimeout,
        int maxQueuedCalls, int maxQueuedIncoming) {

    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    public OcppSessionConfig {
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive");
        }
        if (pingInterval.isNegative() || silenceTimeout.isNegative()) {
            throw new IllegalArgumentException("intervals must not be negative");
        }
        if (maxQueuedCalls < 0 || maxQueuedIncoming < 0) {
            throw new IllegalArgumentException("queue sizes must not be negative");
        }
    }

    /** 30 s response timeout, ping every 60 s, close after 180 s of silence. */
    public static OcppSessionConfig defaults() {
        return new OcppSessionConfig(DEFAULT_RESPONSE_TIMEOUT, Duration.ofSeconds(60), Duration.ofSeconds(180), 64,
                8);
    }

    public OcppSessionConfig withResponseTimeout(Duration timeout) {
        return new OcppSessionConfig(timeout, pingInterval, silenceTimeout, maxQueuedCalls, maxQueuedIncoming);
    }

    public OcppSessionConfig withSupervision(Duration ping, Duration silence) {
        return new OcppSessionConfig(responseTimeout, ping, silence, maxQueuedCalls, maxQueuedIncoming);
    }
}
