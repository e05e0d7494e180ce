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

/**
 * What the charge point collaborators need from the thing configuration. They ask for it on every use rather than
 * keeping a copy, because the thing can be re-initialised with a new configuration while a session stays attached.
 *
 * @param chargePointId the charge point id (empty while the configuration is invalid); used in log messages
 * @param evseId the EVSE (2.x) or connector (1.6) this thing controls
 * @param meterIntervalS the meter sampling interval asked for on connect, in seconds
 * @param maxOfflineDurationS the OCPP 2.1 fail-safe: seconds after which the charger drops an orphaned profile
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public record ChargePointSettings(String chargePointId, int evseId, int meterIntervalS, int maxOfflineDurationS) {
}
