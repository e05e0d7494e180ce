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

/** Acts out the configured {@link Misbehaviour} on the wire: garbage frames, dropped connections, slow answers. */
@NonNullByDefault
class FaultInjector {

    private final Logger logger = LoggerFactory.getLogger(FaultInjector.class);
    private final Misbehaviour misbehaviour;
    private final Session session;
    private final Connection connection;
    private final SimulatorThread thread;

    private int garbageCounter;

    FaultInjector(Misbehaviour misbehaviour, Session session, Connection connection, SimulatorThread thread) {
        this.misbehaviour = misbehaviour;
        this.session = session;
        this.connection = connection;
        this.thread = thread;
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

    /** Sends the answer to a CALL, late when misbehaving that way. */
    void sendAnswer(String text) {
        long delay = misbehaviour.responseDelayMillis();
        if (delay <= 0 || !thread.later(() -> connection.send(text), delay)) {
            connection.send(text);
        }
    }

    private void sendGarbage() {
        String[] garbage = { "this is not OCPP", "[2,\"garbage-" + garbageCounter + "\"", "[9,\"x\",{}]",
                "{\"not\":\"an array\"}" };
        connection.send(garbage[garbageCounter++ % garbage.length]);
    }
}
