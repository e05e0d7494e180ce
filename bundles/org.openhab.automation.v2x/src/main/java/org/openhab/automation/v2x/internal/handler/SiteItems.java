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
package org.openhab.automation.v2x.internal.handler;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Names of the items one V2X action reads and commands; {@code null} for an optional item that is not used.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
record SiteItems(@Nullable String gridPower, @Nullable String pvPower, @Nullable String homeLoad, String soc,
        @Nullable String chargerPower, String setpoint, @Nullable String carPresent, @Nullable String mode,
        @Nullable String gridAvailable, @Nullable String gridVoltage, @Nullable String departure,
        List<String> loadShedding) {

    SiteItems {
        loadShedding = List.copyOf(loadShedding);
    }

    /** Whether the grid state is measured at all. */
    boolean gridMonitored() {
        return gridAvailable != null || gridVoltage != null;
    }

    /** These items, with the grid state and the load-shedding switches of an outage backup action. */
    SiteItems withOutageItems(SiteItems backup) {
        return new SiteItems(gridPower, pvPower, homeLoad != null ? homeLoad : backup.homeLoad, soc, chargerPower,
                setpoint, carPresent, mode, backup.gridAvailable, backup.gridVoltage, departure, backup.loadShedding);
    }
}
