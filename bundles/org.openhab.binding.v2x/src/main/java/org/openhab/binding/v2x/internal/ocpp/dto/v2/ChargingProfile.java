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

import java.util.List;

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 2.x ChargingProfile; maxOfflineDuration and invalidAfterOfflineDuration (2.1) make the charger drop it when the central system is gone.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class ChargingProfile {
    @Required
    public Integer id;

    @Required
    public Integer stackLevel;

    /** TxProfile, TxDefaultProfile, ChargingStationMaxProfile, ... */
    @Required
    @OneOf({ "ChargingStationExternalConstraints", "ChargingStationMaxProfile", "LocalGeneration", "PriorityCharging",
            "TxDefaultProfile", "TxProfile" })
    public String chargingProfilePurpose;

    /** Absolute, Recurring, Relative, Dynamic (2.1) */
    @Required
    @OneOf({ "Absolute", "Dynamic", "Recurring", "Relative" })
    public String chargingProfileKind;

    @OneOf({ "Daily", "Weekly" })
    public String recurrencyKind;

    public String validFrom;

    public String validTo;

    @MaxLength(36)
    public String transactionId;

    /** 2.1, seconds */
    public Integer maxOfflineDuration;

    /** 2.1 */
    public Boolean invalidAfterOfflineDuration;

    /** 2.1 */
    public Integer dynUpdateInterval;

    /** 2.1 */
    public String dynUpdateTime;

    @Required
    public List<ChargingSchedule> chargingSchedule;
}
