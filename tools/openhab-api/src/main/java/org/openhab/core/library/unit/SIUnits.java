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
import javax.measure.quantity.Area;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

/** The SI units openHAB uses for its metric measurement system. */
public final class SIUnits extends CustomUnits {

    public static final String MEASUREMENT_SYSTEM_NAME = "SI";

    private static final SIUnits INSTANCE = new SIUnits();

    public static final Unit<Temperature> CELSIUS = INSTANCE.add(tech.units.indriya.unit.Units.CELSIUS);
    public static final Unit<Speed> KILOMETRE_PER_HOUR = INSTANCE
            .add(tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR, "km/h");
    public static final Unit<Length> METRE = INSTANCE.add(tech.units.indriya.unit.Units.METRE);
    public static final Unit<Mass> KILOGRAM = INSTANCE.add(tech.units.indriya.unit.Units.KILOGRAM);
    public static final Unit<Mass> GRAM = INSTANCE.add(tech.units.indriya.unit.Units.GRAM);
    public static final Unit<Area> SQUARE_METRE = INSTANCE.add(tech.units.indriya.unit.Units.SQUARE_METRE);
    public static final Unit<Volume> CUBIC_METRE = INSTANCE.add(tech.units.indriya.unit.Units.CUBIC_METRE);
    public static final Unit<Pressure> PASCAL = INSTANCE.add(tech.units.indriya.unit.Units.PASCAL);

    private SIUnits() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return MEASUREMENT_SYSTEM_NAME;
    }
}
