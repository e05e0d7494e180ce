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
 * Faults the charge point can be told to show, to test how the central system copes. Every setting can be
 * changed while the simulator runs.
 */
@NonNullByDefault
public class Misbehaviour {

    private volatile boolean garbageFrames;
    private volatile long responseDelayMillis;
    private volatile long disconnectEverySeconds;
    private volatile boolean rejectProfiles;
    private volatile boolean noHeartbeats;

    /** Sends unreadable frames (not JSON, unknown message type) once per meter interval. */
    public Misbehaviour garbageFrames(boolean on) {
        this.garbageFrames = on;
        return this;
    }

    /** Answers every CALL of the central system only after this delay. */
    public Misbehaviour responseDelayMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("response delay must be >= 0 ms, got " + millis);
        }
        this.responseDelayMillis = millis;
        return this;
    }

    /** Drops the connection after this many seconds online, then reconnects; 0 turns it off. */
    public Misbehaviour disconnectEverySeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("disconnect period must be >= 0 s, got " + seconds);
        }
        this.disconnectEverySeconds = seconds;
        return this;
    }

    /** Answers every SetChargingProfile with Rejected. */
    public Misbehaviour rejectProfiles(boolean on) {
        this.rejectProfiles = on;
        return this;
    }

    /** Stops sending Heartbeat messages. */
    public Misbehaviour noHeartbeats(boolean on) {
        this.noHeartbeats = on;
        return this;
    }

    public boolean garbageFrames() {
        return garbageFrames;
    }

    public long responseDelayMillis() {
        return responseDelayMillis;
    }

    public long disconnectEverySeconds() {
        return disconnectEverySeconds;
    }

    public boolean rejectProfiles() {
        return rejectProfiles;
    }

    public boolean noHeartbeats() {
        return noHeartbeats;
    }

    /**
     * Applies a command-line style spec: a comma-separated list of {@code garbage}, {@code slow:<ms>},
     * {@code disconnect:<s>}, {@code reject-profiles}, {@code no-heartbeat}.
     */
    public Misbehaviour apply(String spec) {
        for (String item : spec.split(",")) {
            String token = item.trim();
            if (token.isEmpty()) {
                continue;
            }
            String name = token;
            String argument = "";
            int colon = token.indexOf(':');
            if (colon >= 0) {
                name = token.substring(0, colon);
                argument = token.substring(colon + 1);
            }
            switch (name) {
                case "garbage" -> garbageFrames(true);
                case "slow" -> responseDelayMillis(number(token, argument));
                case "disconnect" -> disconnectEverySeconds(number(token, argument));
                case "reject-profiles" -> rejectProfiles(true);
                case "no-heartbeat", "no-heartbeats" -> noHeartbeats(true);
                default -> throw new IllegalArgumentException("unknown misbehaviour '" + token
                        + "', expected garbage, slow:<ms>, disconnect:<s>, reject-profiles or no-heartbeat");
            }
        }
        return this;
    }

    private static long number(String token, String argument) {
        try {
            return Long.parseLong(argument.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("misbehaviour '" + token + "' needs a whole number after ':'", e);
        }
    }

    @Override
    public String toString() {
        return "Misbehaviour[garbage=" + garbageFrames + ", slowMs=" + responseDelayMillis + ", disconnectS="
                + disconnectEverySeconds + ", rejectProfiles=" + rejectProfiles + ", noHeartbeats=" + noHeartbeats
                + "]";
    }
}
