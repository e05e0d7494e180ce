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

/**
 * Configuration of an ECHONET Lite V2H unit thing.
 *
 * @author openHAB V2X - Initial contribution
 */
public class EchonetV2hConfiguration extends ChargerConfiguration {
    /** IP address of the unit. */
    public String ipAddress = "";
    /** UDP port of the unit. */
    public int port = 3610;
    /** Instance number of the 0x027E object. */
    public int instance = 1;
    /** Seconds between polls. */
    public int pollInterval = 10;
    /** Milliseconds to wait for an answer before sending a request again. */
    public int responseTimeout = 2000;
    /** How often an unanswered request is sent again. */
    public int retries = 2;
    /** Local UDP port (3610: units announce there; 0: any free port, for units that answer the sender's port). */
    public int localPort = 3610;
    /** Multicast group joined for announcements; empty joins none. */
    public String multicastGroup = "224.0.23.0";
    /** Network interface for multicast; empty for the system's choice. */
    public String networkInterface = "";
}
