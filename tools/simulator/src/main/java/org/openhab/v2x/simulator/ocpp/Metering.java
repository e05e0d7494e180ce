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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;

/** Meter readings: the periodic MeterValues at the sampling interval, and readings for other messages. */
@NonNullByDefault
class Metering {

    private final Session session;
    private final Transaction transaction;
    private final ChargerConfiguration configuration;
    private final MessageFactory messages;
    private final ControlLoop control;
    private final CallQueue calls;

    private long lastMeterNanos;

    Metering(Session session, Transaction transaction, ChargerConfiguration configuration, MessageFactory messages,
            ControlLoop control, CallQueue calls) {
        this.session = session;
        this.transaction = transaction;
        this.configuration = configuration;
        this.messages = messages;
        this.control = control;
        this.calls = calls;
    }

    /** Starts the sampling interval over (at the accepted boot). */
    void restartInterval(long nowNanos) {
        lastMeterNanos = nowNanos;
    }

    /**
     * Sends the periodic MeterValues when the sampling interval has passed.
     *
     * @return whether it did
     */
    boolean tick(long nowNanos) {
        if (Nanos.seconds(nowNanos - lastMeterNanos) < configuration.meterIntervalSeconds()) {
            return false;
        }
        lastMeterNanos = nowNanos;
        send("Sample.Periodic");
        return true;
    }

    void send(String context) {
        Integer tx16 = null;
        String id = transaction.id();
        OcppVersion version = session.version();
        if (version == OcppVersion.V16 && transaction.isActive() && id != null) {
            tx16 = Integer.valueOf(id);
        }
        calls.enqueue("MeterValues", messages.meterValues(version, tx16, control.command(),
                configuration.measurands(), context, Instant.now()), null);
    }

    /** One reading, for the meterValue of a TransactionEvent. */
    JsonObject meterValue(String context) {
        return messages.meterValue(session.version(), control.command(), configuration.measurands(), context,
                Instant.now());
    }
}
