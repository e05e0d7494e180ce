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
package org.openhab.v2x.simulator.home;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the home's meters show at one moment. Powers in W; grid &gt; 0 imports, car &gt; 0 charges it.
 *
 * @param time the moment
 * @param loadW household load the scenario asks for (car excluded)
 * @param servedW household load actually supplied (after shedding, minus what an island could not supply)
 * @param criticalW the critical part of the load
 * @param shedW load switched off by load shedding
 * @param unservedW load an island could not supply
 * @param pvW PV production
 * @param curtailedW PV an island could not use
 * @param gridW grid meter
 * @param carW charger power
 * @param gridAvailable false during an outage (the home is an island)
 * @param evPresent whether the car is plugged in
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record HomeSample(Instant time, double loadW, double servedW, double criticalW, double shedW, double unservedW,
        double pvW, double curtailedW, double gridW, double carW, boolean gridAvailable, boolean evPresent) {
}
