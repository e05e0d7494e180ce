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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where the charge point stands with the central system: the negotiated version, whether it is connected and
 * since when, and whether its boot was accepted. Written on the simulator thread only; volatile where public
 * getters read it from other threads.
 */
@NonNullByDefault
class Session {

    private volatile OcppVersion version;
    private volatile boolean connected;
    private volatile boolean bootAccepted;
    private long connectedSinceNanos;
    private @Nullable Long offlineSinceNanos;

    Session(OcppVersion firstOffered) {
        this.version = firstOffered;
    }

    /** The version the central system picked (or the first offered before connecting). */
    OcppVersion version() {
        return version;
    }

    void version(OcppVersion negotiated) {
        version = negotiated;
    }

    boolean isConnected() {
        return connected;
    }

    void connected(long nowNanos) {
        connected = true;
        connectedSinceNanos = nowNanos;
        offlineSinceNanos = null;
    }

    /** Marks the connection lost; the offline time counts from the first loss, not from failed reconnects. */
    void disconnected(long nowNanos) {
        connected = false;
        if (offlineSinceNanos == null) {
            offlineSinceNanos = nowNanos;
        }
    }

    /** Forgets the connection when stopping, without starting an offline period. */
    void stopped() {
        connected = false;
    }

    /** The simulator counts as offline from its start until the first connection. */
    void offlineSince(long nowNanos) {
        offlineSinceNanos = nowNanos;
    }

    long connectedSinceNanos() {
        return connectedSinceNanos;
    }

    @Nullable
    Long offlineSinceNanos() {
        return offlineSinceNanos;
    }

    boolean isBootAccepted() {
        return bootAccepted;
    }

    void bootAccepted() {
        bootAccepted = true;
    }
}
