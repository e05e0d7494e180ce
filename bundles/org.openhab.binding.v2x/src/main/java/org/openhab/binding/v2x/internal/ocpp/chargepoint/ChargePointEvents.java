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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;

/**
 * What the charger's messages tell that is not charger state: the thing handler turns these into properties and
 * into the setup and control that follow them.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public interface ChargePointEvents {

    /** The charger (re)booted on this session and described itself. */
    void booted(OcppSession session, DeviceInfo device);

    /** The charger said whether it supports (and has enabled) V2X with a central setpoint. */
    void v2xSupportReported(boolean enabled);

    /** The transaction of the controlled EVSE started, ended or changed. */
    void transactionChanged();

    /**
     * The car told its charging needs (NotifyEVChargingNeeds). In OCPP 2.x answering Accepted promises a charging
     * schedule, so the charge point and an ISO 15118 car may wait for one.
     *
     * @param requestedEnergyTransfer the mode the car asks for
     * @param availableEnergyTransfer the modes it could use (2.1), or null
     * @return whether a schedule follows (openHAB controls this charger); false when the charger keeps its own
     */
    boolean chargingNeedsReported(String requestedEnergyTransfer, @Nullable List<String> availableEnergyTransfer);
}
