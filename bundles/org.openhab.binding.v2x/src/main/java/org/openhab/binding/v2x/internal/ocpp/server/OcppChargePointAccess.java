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

/**
 * What the server needs to know about a configured charge point: its Basic authentication password
 * (AuthorizationKey in 1.6, SecurityCtrlr.BasicAuthPassword in 2.x), or null if it connects without one.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public record OcppChargePointAccess(@Nullable String password) {
    public static OcppChargePointAccess withPassword(String password) {
        return new OcppChargePointAccess(password);
    }

    public static OcppChargePointAccess withoutPassword() {
        return new OcppChargePointAccess(null);
    }
}
