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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ControlMode;
import org.openhab.automation.v2x.internal.control.Measurement;

/**
 * Turns the item states of one controller into a {@link Measurement}. Anything unknown or wrong makes the
 * measurement conservative instead of failing: without a usable grid or charger power (grid present) or SoC, the
 * SoC is passed as unknown, which never allows a discharge.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class SiteReader {

    private static final String MODE_KEY = "mode item";
    private static final String GRID_STATE_KEY = "grid state";

    private final ItemValues values;
    private final WarnOnce warnings;
    private boolean lastGridAvailable = true;

    SiteReader(ItemValues values, WarnOnce warnings) {
        this.values = values;
        this.warnings = warnings;
    }

    Measurement read(V2xActionConfig config, Instant now) {
        SiteItems items = config.items();
        boolean grid = gridAvailable(config);
        Double gridW = optionalWatts(items.gridPower());
        String chargerItem = items.chargerPower();
        Double chargerW = chargerItem == null ? Double.valueOf(0) : values.watts(chargerItem);
        Double soc = values.percent(items.soc());
        boolean present = soc != null;
        String presentItem = items.carPresent();
        if (presentItem != null) {
            present = Boolean.TRUE.equals(values.onOff(presentItem));
        }
        boolean powersKnown = (items.gridPower() == null || gridW != null) && chargerW != null;
        if (grid && !powersKnown) {
            // solar follow would steer blind: keep the car from discharging until the meters are back
            soc = null;
        }
        Double pv = optionalWatts(items.pvPower());
        Double load = optionalWatts(items.homeLoad());
        String departureItem = items.departure();
        Instant departure = departureItem == null ? null : values.instant(departureItem);
        return new Measurement(now, grid && gridW != null ? gridW : 0, grid, chargerW == null ? 0 : chargerW, present,
                soc, config.capacityKwh(), pv == null ? null : Math.max(0, pv),
                load == null || load < 0 ? null : load, departure);
    }

    /** The mode commanded through the mode item, or null to keep the configured one. */
    @Nullable
    ControlMode mode(V2xActionConfig config) {
        String modeItem = config.items().mode();
        if (modeItem == null) {
            return null;
        }
        String text = values.text(modeItem);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ControlMode mode = ControlMode.fromId(text);
            warnings.resolved(MODE_KEY);
            return mode;
        } catch (IllegalArgumentException e) {
            warnings.warn(MODE_KEY, "item '" + modeItem + "': " + e.getMessage() + "; keeping the configured mode");
            return null;
        }
    }

    /** Grid state from the switch or the voltage; unknown keeps the last known state. */
    private boolean gridAvailable(V2xActionConfig config) {
        SiteItems items = config.items();
        Boolean available = null;
        String switchItem = items.gridAvailable();
        String voltageItem = items.gridVoltage();
        if (switchItem != null) {
            available = values.onOff(switchItem);
        } else if (voltageItem != null) {
            Double volts = values.volts(voltageItem);
            available = volts == null ? null : volts >= config.minGridVoltage();
        } else {
            return true;
        }
        if (available == null) {
            warnings.warn(GRID_STATE_KEY, "grid state unknown; assuming it is still "
                    + (lastGridAvailable ? "available" : "lost"));
            return lastGridAvailable;
        }
        warnings.resolved(GRID_STATE_KEY);
        lastGridAvailable = available;
        return available;
    }

    private @Nullable Double optionalWatts(@Nullable String itemName) {
        return itemName == null ? null : values.watts(itemName);
    }
}
