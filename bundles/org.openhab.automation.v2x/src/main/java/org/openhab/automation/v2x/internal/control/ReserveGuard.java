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
package org.openhab.automation.v2x.internal.control;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Blocks discharging at reserve + margin and releases it only above reserve + 2 x margin, so that a car hovering at
 * the floor does not toggle. An unknown SoC always blocks.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ReserveGuard {

    private boolean blocked;

    /** Updates the state with the latest SoC and tells whether discharging is allowed. */
    boolean update(@Nullable Double socPct, V2xSettings s) {
        if (socPct == null) {
            blocked = true;
            return false;
        }
        double soc = socPct;
        double floor = s.dischargeFloorPct();
        if (soc <= floor) {
            blocked = true;
        } else if (soc >= floor + s.reserveMarginPct()) {
            blocked = false;
        }
        return !blocked;
    }

    boolean blocked() {
        return blocked;
    }
}
