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
 * Configuration of an OCPP charger thing.
 *
 * @author openHAB V2X - Initial contribution
 */
public class OcppChargerConfiguration extends ChargerConfiguration {
    public String chargePointId = "";
    public String password = "";
    public int evseId = 1;
    public boolean allowNegativeLimitDischarge = false;
    public int maxOfflineDuration = 120;
    public int meterInterval = 10;
}
