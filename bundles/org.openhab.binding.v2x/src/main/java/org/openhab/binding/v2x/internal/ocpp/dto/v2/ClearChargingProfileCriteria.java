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
package org.openhab.binding.v2x.internal.ocpp.dto.v2;

import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;

/**
 * OCPP 2.x ClearChargingProfile criteria.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class ClearChargingProfileCriteria {
    public Integer evseId;

    @OneOf({ "ChargingStationExternalConstraints", "ChargingStationMaxProfile", "LocalGeneration", "PriorityCharging",
            "TxDefaultProfile", "TxProfile" })
    public String chargingProfilePurpose;

    public Integer stackLevel;
}
