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
 * Configuration of the OCPP server thing.
 *
 * @author openHAB V2X - Initial contribution
 */
public class OcppServerConfiguration {
    public int port = 8887;
    public String path = "/ocpp";
    public String bindAddress = "0.0.0.0";
    /**
     * 0: no authentication, 1: Basic authentication, 2: Basic authentication over TLS, 3: TLS with client
     * certificates.
     */
    public int securityProfile = 1;
    public String keystorePath = "";
    public String keystorePassword = "";
    public String truststorePath = "";
    public String truststorePassword = "";
    public int heartbeatInterval = 60;
    public int maxMessageSize = 65536;
    public int callTimeout = 30;
}
