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
package org.openhab.v2x.host.internal;

import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Turns the text of a state ({@code "3 kW"}, {@code "ON"}, {@code "2026-06-01T07:30:00Z"}) into the state type
 * openHAB uses for an item type.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class StateParser {

    private StateParser() {
    }

    public static State parse(String itemType, String text) {
        String value = text.trim();
        if (value.equals("NULL")) {
            return UnDefType.NULL;
        }
        if (value.equals("UNDEF")) {
            return UnDefType.UNDEF;
        }
        String baseType = itemType.contains(":") ? itemType.substring(0, itemType.indexOf(':')) : itemType;
        return switch (baseType) {
            case "Number" -> value.matches("[-+0-9.eE]+") ? new DecimalType(value) : new QuantityType<>(value);
            case "Switch" -> OnOffType.from(value);
            case "DateTime" -> new DateTimeType(ZonedDateTime.parse(value));
            default -> new StringType(value);
        };
    }
}
