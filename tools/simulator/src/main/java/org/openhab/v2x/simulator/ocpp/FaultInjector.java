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

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Acts out the configured {@link Misbehaviour} on the wire: garbage frames, dropped connections, slow answers. */
@NonNullByDefault
class FaultInjector {

    /** An answer held back until the simulator clock reaches {@code dueNanos}. */
    private record LateAnswer(String text, long dueNanos) {
    }

    private final Logger logger = LoggerFactory.getLogger(FaultInjector.class);
    private final ChargePointConfig config;
    private final Misbehaviour misbehaviour;
    private final Session session;
    private final Connection connection;
    /** In the order they were held back; all share one delay setting at a time, so due times rarely cross. */
    private final Deque<LateAnswer> lateAnswers = new ArrayDeque<>();

    private int garbageCounter;

    FaultInjector(ChargePointConfig config, Misbehaviour misbehaviour, Session session, Connection connection) {
        this.config = config;
        this.misbehaviour = misbehaviour;
        this.session = session;
        this.connection = connection;
    }

    /** One garbage frame per meter sample, when misbehaving that way. */
    void afterMeterSample() {
        if (misbehaviour.garbageFrames()) {
            sendGarbage();
        }
    }

    /** Drops the connection once it has been up for the configured time. */
    void dropConnectionIfDue(long nowNanos) {
        long disconnectAfter = misbehaviour.disconnectEverySeconds();
        if (disconnectAfter > 0 && Nanos.seconds(nowNanos - session.connectedSinceNanos()) >= disconnectAfter
                && connection.isStarted()) {
            logger.info("Misbehaving: dropping the connection after {} s", disconnectAfter);
            connection.disconnect();
        }
    }

    /**
     * Sends the answer to a CALL, or holds it back for the response delay when misbehaving that way. Held-back
     * answers leave with the tick at which the simulator clock reaches their due time, so a test clock decides.
     */
    void sendAnswer(String text) {
        long delay = misbehaviour.responseDelayMillis();
        if (delay <= 0) {
            connection.send(text);
        } else {
            lateAnswers.add(new LateAnswer(text, config.clock().nanoTime() + delay * 1_000_000L));
        }
    }

    /** Sends the held-back answers that are due, keeping their order. */
    void sendDueAnswers(long nowNanos) {
        while (!lateAnswers.isEmpty() && nowNanos - lateAnswers.peekFirst().dueNanos() >= 0) {
            connection.send(lateAnswers.removeFirst().text());
        }
    }

    int pendingAnswers() {
        return lateAnswers.size();
    }

    private void sendGarbage() {
        String[] garbage = { "this is not OCPP", "[2,\"garbage-" + garbageCounter + "\"", "[9,\"x\",{}]",
                "{\"not\":\"an array\"}" };
        connection.send(garbage[garbageCounter++ % garbage.length]);
    }
}
