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

/**
 * Told about charge points that knock without a configured charger (to offer them to the user) and about ids that
 * got a charger since (to withdraw the offer).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public interface UnregisteredChargePointListener {

    /** Called on every attempt, so the offer stays fresh while the charge point keeps trying. */
    void knocked(UnregisteredChargePoint chargePoint);

    void registered(String chargePointId);
}
