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
package org.openhab.binding.v2x.internal.handler;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.schema.NodeProject;

import com.google.gson.JsonObject;

/**
 * A V2H unit played by the independent npm package {@code echonet-lite} in a node process
 * ({@code tools/simulator/echonet-interop/device.js}, the project the simulator's build installs with {@code npm ci};
 * installed here from the same lock file when this module is built alone). It reports what it receives and its
 * state as JSON lines and runs its battery on simulated time when told to.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class NodeV2hUnit implements AutoCloseable {
    private final NodeScript script;

    /**
     * @param address the unit's own loopback address (the controller holds the port on the wildcard address)
     * @param port the port both sides use instead of 3610
     * @param release "pre-p" (power through DA with EB/EC) or "signed" (the Set map lists E0)
     */
    NodeV2hUnit(String address, int port, String release) throws IOException {
        script = new NodeScript(NodeProject.ECHONET_INTEROP, "device.js", address, Integer.toString(port), release);
    }

    List<JsonObject> events(String event) {
        return script.events(event);
    }

    boolean has(String event, Predicate<JsonObject> test) {
        return script.has(event, test);
    }

    /** The power of the last reported state (W, + charges), or 0 before any. */
    int powerW() {
        List<JsonObject> states = events("state");
        return states.isEmpty() ? 0 : states.get(states.size() - 1).get("powerW").getAsInt();
    }

    /** Runs the battery for the given simulated time. */
    void advance(long seconds) throws IOException {
        script.send("advance " + seconds);
    }

    /** What the process said besides its reports, for failure messages. */
    String diagnostics() {
        return script.diagnostics();
    }

    @Override
    public void close() {
        script.close();
    }
}
