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

import com.google.gson.JsonObject;

/** Heartbeats at the interval the central system set (none when misbehaving that way). */
@NonNullByDefault
class Heartbeat {

    private final ChargerConfiguration configuration;
    private final Misbehaviour misbehaviour;
    private final CallQueue calls;

    private long lastHeartbeatNanos;

    Heartbeat(ChargerConfiguration configuration, Misbehaviour misbehaviour, CallQueue calls) {
        this.configuration = configuration;
        this.misbehaviour = misbehaviour;
        this.calls = calls;
    }

    /** Starts the interval over (at the accepted boot). */
    void restartInterval(long nowNanos) {
        lastHeartbeatNanos = nowNanos;
    }

    void tick(long nowNanos) {
        if (!misbehaviour.noHeartbeats()
                && Nanos.seconds(nowNanos - lastHeartbeatNanos) >= configuration.heartbeatSeconds()) {
            lastHeartbeatNanos = nowNanos;
            send();
        }
    }

    /** Sends one now, outside the interval (TriggerMessage). */
    void send() {
        calls.enqueue("Heartbeat", new JsonObject(), null);
    }
}
