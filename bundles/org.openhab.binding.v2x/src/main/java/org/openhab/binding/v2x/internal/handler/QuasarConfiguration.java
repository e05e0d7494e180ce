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
 * Configuration of a Wallbox Quasar thing.
 *
 * @author openHAB V2X - Initial contribution
 */
public class QuasarConfiguration extends ChargerConfiguration {
    public String host = "";
    public int port = 502;
    public int unitId = 1;
    /** Seconds between polls. */
    public int refreshInterval = 5;
    /** Seconds of Modbus silence after which the charger takes control back (register 88). */
    public int failSafeTimeout = 60;
    /** Milliseconds between two register writes. */
    public int writePause = 2500;
    /** Milliseconds to wait for an answer. */
    public int responseTimeout = 3000;
}
