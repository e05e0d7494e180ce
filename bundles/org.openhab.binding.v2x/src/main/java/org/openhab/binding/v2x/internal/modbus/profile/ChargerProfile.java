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
package org.openhab.binding.v2x.internal.modbus.profile;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.OperatingState;
import org.openhab.binding.v2x.internal.modbus.RegisterFormat;

/**
 * The register map of a Modbus bidirectional charger, as read from a profile: where state, power and SoC are
 * read, how the setpoint (signed, or as separate charge and discharge limits) and start/stop are written, the
 * device's communication-timeout (fail-safe) register and keep-alive write, and how device states map to the
 * common operating states. Addresses are those of connector 1; connector n adds (n - 1) × {@link #connectorStride}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record ChargerProfile(String id, String label, List<String> unverified, int unitId, int connectorStride,
        Map<String, Point> reads, @Nullable Point setpoint, @Nullable Point chargeLimit,
        @Nullable Point dischargeLimit, @Nullable Command startStop, @Nullable FailSafe failSafe,
        @Nullable KeepAlive keepAlive, Map<Integer, OperatingState> states) {

    /** A value in a register table: holding (function codes 3/6/16) or input (function code 4). */
    public record Point(String name, boolean input, int address, RegisterFormat format) {

        public int lastAddress() {
            return address + format.type().words() - 1;
        }
    }

    /** Start and stop as two values written to one holding register. */
    public record Command(int address, int start, int stop) {
    }

    /** The device stops on its own when not written for {@code seconds}; written once after connecting. */
    public record FailSafe(int address, boolean perConnector, int maxSeconds) {
    }

    /** A value the device wants written every {@code intervalSeconds} (wake-up / keep-alive). */
    public record KeepAlive(int address, int value, int intervalSeconds) {
    }

    public ChargerProfile {
        unverified = List.copyOf(unverified);
        reads = Map.copyOf(reads);
        states = Map.copyOf(states);
    }

    /** The address of a point for a connector (1-based). */
    public int address(int connectorAddress, int connector) {
        return connectorAddress + (connector - 1) * connectorStride;
    }
}
