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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a charger tells about itself in its BootNotification, in either protocol family.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record DeviceInfo(@Nullable String vendor, @Nullable String model, @Nullable String serialNumber,
        @Nullable String firmwareVersion) {
}
