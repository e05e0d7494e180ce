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
package org.openhab.binding.v2x.internal.ocpp.dto.v16;

import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

/**
 * OCPP 1.6 StatusNotification request.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
public class StatusNotificationRequest {
    /** 0 = the charge point as a whole */
    @Required
    public Integer connectorId;

    /** ChargePointErrorCode, e.g. NoError */
    @Required
    @OneOf({ "ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "HighTemperature", "InternalError",
            "LocalListConflict", "NoError", "OtherError", "OverCurrentFailure", "OverVoltage", "PowerMeterFailure",
            "PowerSwitchFailure", "ReaderFailure", "ResetFailure", "UnderVoltage", "WeakSignal" })
    public String errorCode;

    @MaxLength(50)
    public String info;

    /** Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted */
    @Required
    @OneOf({ "Available", "Charging", "Faulted", "Finishing", "Preparing", "Reserved", "SuspendedEV", "SuspendedEVSE",
            "Unavailable" })
    public String status;

    public String timestamp;

    @MaxLength(255)
    public String vendorId;

    @MaxLength(50)
    public String vendorErrorCode;
}
