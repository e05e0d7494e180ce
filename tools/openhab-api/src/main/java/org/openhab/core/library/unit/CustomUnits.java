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
package org.openhab.core.library.unit;

import javax.measure.Unit;

import tech.units.indriya.AbstractSystemOfUnits;
import tech.units.indriya.format.SimpleUnitFormat;

/** Common base of openHAB's systems of units: registers units and their symbols for parsing and printing. */
class CustomUnits extends AbstractSystemOfUnits {

    static {
        org.openhab.core.library.unit.internal.IndriyaSetup.ensure();
    }

    CustomUnits() {
    }

    @Override
    public String getName() {
        return getClass().getSimpleName();
    }

    /** Adds a unit to this system and, if given, its symbol to the unit format (so "5 kWh" parses and prints). */
    <U extends Unit<?>> U add(U unit, String... symbols) {
        units.add(unit);
        if (symbols.length > 0) {
            SimpleUnitFormat format = SimpleUnitFormat.getInstance();
            format.label(unit, symbols[0]);
            for (int i = 1; i < symbols.length; i++) {
                format.alias(unit, symbols[i]);
            }
        }
        return unit;
    }
}
