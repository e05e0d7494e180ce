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
package org.openhab.binding.v2x.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.charger.ChargerState;

/**
 * Told about every new state of a charger, e.g. the car thing on it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public interface ChargerStateListener {

    void chargerStateChanged(ChargerState state);

    /**
     * Whether the car may be discharged further at this state of charge; the charger refuses discharge setpoints
     * when any listener says no.
     */
    default boolean dischargeAllowed(ChargerState state) {
        return true;
    }
}
