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
package org.openhab.binding.v2x.internal.ocpp.server;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;

/**
 * A charge point without a configured charger that tried to connect: its id, and what it told about itself when
 * it got as far as a BootNotification (the OCPP version it speaks, vendor, model, firmware); both are null when it
 * was refused before that (under security profiles 1 and 2 it cannot authenticate).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record UnregisteredChargePoint(String chargePointId, @Nullable OcppVersion version,
        @Nullable DeviceInfo device) {

    public static UnregisteredChargePoint idOnly(String chargePointId) {
        return new UnregisteredChargePoint(chargePointId, null, null);
    }
}
