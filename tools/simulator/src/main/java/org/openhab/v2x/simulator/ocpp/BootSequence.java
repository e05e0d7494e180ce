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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * Gets the boot accepted: sends BootNotification after connecting and again after the retry interval until the
 * central system accepts it, then starts the heartbeat and metering intervals.
 */
@NonNullByDefault
class BootSequence {

    private static final String ACTION = "BootNotification";

    private final Logger logger = LoggerFactory.getLogger(BootSequence.class);
    private final ChargePointConfig config;
    private final Session session;
    private final ChargerConfiguration configuration;
    private final MessageFactory messages;
    private final CallQueue calls;
    private final Heartbeat heartbeat;
    private final Metering metering;
    private final ConnectorStatus status;
    private final Transactions transactions;

    private long nextBootNanos;

    BootSequence(ChargePointConfig config, Session session, ChargerConfiguration configuration,
            MessageFactory messages, CallQueue calls, Heartbeat heartbeat, Metering metering, ConnectorStatus status,
            Transactions transactions) {
        this.config = config;
        this.session = session;
        this.configuration = configuration;
        this.messages = messages;
        this.calls = calls;
        this.heartbeat = heartbeat;
        this.metering = metering;
        this.status = status;
        this.transactions = transactions;
    }

    /** A new session: boot at once if not yet accepted, else tell the central system where the connector is. */
    void connectionOpened() {
        if (session.isBootAccepted()) {
            status.sendCurrent();
        } else {
            nextBootNanos = 0;
        }
    }

    /** While not accepted: sends the BootNotification when due, unless one is already on its way. */
    void tick(long nowNanos) {
        if (nowNanos >= nextBootNanos && !calls.has(ACTION)) {
            calls.enqueueFirst(ACTION, messages.bootNotification(session.version()), this::onResult,
                    this::onError);
        }
    }

    /** Sends one now (TriggerMessage), behind the CALLs already queued. */
    void send() {
        calls.enqueue(ACTION, messages.bootNotification(session.version()), this::onResult, this::onError);
    }

    private void onResult(JsonObject result) {
        String answer = result.has("status") ? result.get("status").getAsString() : "?";
        double interval = result.has("interval") ? result.get("interval").getAsDouble() : 0;
        if ("Accepted".equals(answer)) {
            boolean first = !session.isBootAccepted();
            session.bootAccepted();
            if (interval > 0) {
                configuration.heartbeatSeconds(interval);
            }
            long now = config.clock().nanoTime();
            heartbeat.restartInterval(now);
            metering.restartInterval(now);
            logger.info("Boot accepted, heartbeat every {} s", configuration.heartbeatSeconds());
            if (first) {
                status.sendCurrent();
                if (config.autoStartTransaction()) {
                    transactions.begin(config.idTag(), "CablePluggedIn", null);
                }
            }
        } else {
            double retry = interval > 0 ? interval : config.bootRetrySeconds();
            logger.info("Boot {}, retrying in {} s", answer, retry);
            nextBootNanos = config.clock().nanoTime() + Nanos.nanos(retry);
        }
    }

    private void onError() {
        nextBootNanos = config.clock().nanoTime() + Nanos.nanos(config.bootRetrySeconds());
    }
}
