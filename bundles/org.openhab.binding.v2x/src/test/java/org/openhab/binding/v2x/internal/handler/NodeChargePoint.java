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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.schema.NodeProject;

import com.google.gson.JsonObject;

/**
 * A charge point played by ocpp-rpc in strict mode ({@code ocpp-interop/charge-point.js}) in a node process; its
 * reports (one JSON object per line) are collected as they come.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class NodeChargePoint implements AutoCloseable {
    private final NodeScript script;

    NodeChargePoint(String url, String chargePointId, String password, String subprotocol) throws IOException {
        script = new NodeScript(NodeProject.OCPP_INTEROP, "charge-point.js", url, chargePointId, password,
                subprotocol);
    }

    List<JsonObject> events() {
        return script.events();
    }

    List<JsonObject> events(String event) {
        return script.events(event);
    }

    /** The CALLs the server made of the given action, in order, each with "params" and "result". */
    List<JsonObject> calls(String method) {
        return events("call").stream().filter(e -> method.equals(e.get("method").getAsString())).toList();
    }

    @Nullable
    JsonObject result(String method) {
        return events("result").stream().filter(e -> method.equals(e.get("method").getAsString()))
                .map(e -> e.getAsJsonObject("result")).findFirst().orElse(null);
    }

    boolean has(String event, Predicate<JsonObject> test) {
        return script.has(event, test);
    }

    void send(String command) throws IOException {
        script.send(command);
    }

    boolean isAlive() {
        return script.isAlive();
    }

    /** What the process said besides its reports, for failure messages. */
    String diagnostics() {
        return script.diagnostics();
    }

    int awaitExit(long seconds) throws InterruptedException {
        return script.awaitExit(seconds);
    }

    @Override
    public void close() {
        script.close();
    }
}
