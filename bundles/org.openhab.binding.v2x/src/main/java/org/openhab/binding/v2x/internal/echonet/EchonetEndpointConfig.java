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
package org.openhab.binding.v2x.internal.echonet;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where an {@link EchonetEndpoint} listens and how patiently it waits for answers.
 *
 * @param bindAddress local address to bind (0.0.0.0 for all)
 * @param port local UDP port (3610 in a real installation, 0 for any free port)
 * @param multicastGroup group to join for announcements, or null to join none
 * @param networkInterface name of the interface for multicast, or null for the system's choice
 * @param timeout how long to wait for an answer before sending the request again
 * @param retries how often a request is sent again before it fails
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record EchonetEndpointConfig(String bindAddress, int port, @Nullable String multicastGroup,
        @Nullable String networkInterface, Duration timeout, int retries) {

    public static final int ECHONET_PORT = 3610;
    public static final String ECHONET_MULTICAST_GROUP = "224.0.23.0";

    public EchonetEndpointConfig {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Timeout must be positive");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("Retries must not be negative");
        }
    }
}
