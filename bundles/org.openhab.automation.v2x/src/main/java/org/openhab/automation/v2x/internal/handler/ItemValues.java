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
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Reads item states as the numbers the controller works with. A value that cannot be used is {@code null}, and the
 * reason is reported to the {@link WarnOnce} under the item's name; a usable value clears that warning.
 * Quantities are converted (kW to W, a 0..1 ratio to %); plain numbers are taken as W or %.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ItemValues {

    private static final double MAX_POWER_W = 1e7;

    private final ItemRegistry registry;
    private final WarnOnce warnings;

    ItemValues(ItemRegistry registry, WarnOnce warnings) {
        this.registry = registry;
        this.warnings = warnings;
    }

    /** Power in W. */
    @Nullable
    Double watts(String itemName) {
        State state = state(itemName);
        Double watts = null;
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> converted = quantity.toUnit(Units.WATT);
            if (converted == null) {
                return problem(itemName, "item '" + itemName + "' has " + quantity + ", which is not a power");
            }
            watts = converted.doubleValue();
        } else if (state instanceof DecimalType decimal) {
            watts = decimal.doubleValue();
        } else if (state instanceof UnDefType) {
            return problem(itemName, "item '" + itemName + "' is " + state + "; no discharge while it is unknown");
        } else if (state != null) {
            return problem(itemName, "item '" + itemName + "' has " + state + ", which is not a number");
        } else {
            return null;
        }
        if (!(Math.abs(watts) <= MAX_POWER_W)) {
            return problem(itemName, "item '" + itemName + "' has an impossible power of " + watts + " W");
        }
        warnings.resolved(itemName);
        return watts;
    }

    /** State of charge in % (0..100). */
    @Nullable
    Double percent(String itemName) {
        State state = state(itemName);
        Double pct;
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> converted = quantity.toUnit(Units.PERCENT);
            if (converted == null) {
                return problem(itemName, "item '" + itemName + "' has " + quantity + ", which is not a percentage");
            }
            pct = converted.doubleValue();
        } else if (state instanceof DecimalType decimal) {
            pct = decimal.doubleValue();
        } else if (state instanceof UnDefType) {
            return problem(itemName, "item '" + itemName + "' is " + state + "; no discharge while the SoC is unknown");
        } else if (state != null) {
            return problem(itemName, "item '" + itemName + "' has " + state + ", which is not a number");
        } else {
            return null;
        }
        if (!(pct >= 0 && pct <= 100)) {
            return problem(itemName, "item '" + itemName + "' has a SoC of " + pct + " %, outside 0..100");
        }
        warnings.resolved(itemName);
        return pct;
    }

    /** Voltage in V. */
    @Nullable
    Double volts(String itemName) {
        return volts(itemName, state(itemName));
    }

    /** The voltage in V of a state the item has (e.g. from an event); {@code null} state means none. */
    @Nullable
    Double volts(String itemName, @Nullable State state) {
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> converted = quantity.toUnit(Units.VOLT);
            if (converted == null) {
                return problem(itemName, "item '" + itemName + "' has " + quantity + ", which is not a voltage");
            }
            warnings.resolved(itemName);
            return converted.doubleValue();
        } else if (state instanceof DecimalType decimal) {
            warnings.resolved(itemName);
            return decimal.doubleValue();
        } else if (state != null) {
            return problem(itemName, "item '" + itemName + "' is " + state + ", not a voltage");
        }
        return null;
    }

    /** ON/OFF as a boolean. */
    @Nullable
    Boolean onOff(String itemName) {
        return onOff(itemName, state(itemName));
    }

    /** ON/OFF of a state the item has (e.g. from an event) as a boolean; {@code null} state means none. */
    @Nullable
    Boolean onOff(String itemName, @Nullable State state) {
        if (state instanceof OnOffType onOff) {
            warnings.resolved(itemName);
            return onOff == OnOffType.ON;
        } else if (state != null) {
            return problem(itemName, "item '" + itemName + "' is " + state + ", not ON or OFF");
        }
        return null;
    }

    /** A DateTime item's instant; not set (NULL/UNDEF) is a normal "none". */
    @Nullable
    Instant instant(String itemName) {
        State state = state(itemName);
        if (state instanceof DateTimeType dateTime) {
            return dateTime.getInstant();
        }
        return null;
    }

    /** A plain number in the item's unit (e.g. a price); NULL/UNDEF and non-numbers give null. */
    @Nullable
    Double number(String itemName) {
        State state = state(itemName);
        if (state instanceof QuantityType<?> quantity) {
            return quantity.doubleValue();
        }
        return state instanceof DecimalType decimal ? decimal.doubleValue() : null;
    }

    /** A String item's text; NULL/UNDEF give null. */
    @Nullable
    String text(String itemName) {
        State state = state(itemName);
        return state instanceof StringType text ? text.toString() : null;
    }

    /** The item's state, or null (with a warning) if the item is gone. */
    private @Nullable State state(String itemName) {
        try {
            Item item = registry.getItem(itemName);
            return item.getState();
        } catch (ItemNotFoundException e) {
            warnings.warn(itemName, "item '" + itemName + "' does not exist any more");
            return null;
        }
    }

    private <T> @Nullable T problem(String itemName, String message) {
        warnings.warn(itemName, message);
        return null;
    }
}
