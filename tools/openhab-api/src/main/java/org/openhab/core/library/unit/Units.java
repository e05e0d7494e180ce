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
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCharge;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.ElectricResistance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Power;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.spi.SystemOfUnits;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.ProductUnit;

/**
 * The units openHAB uses besides the SI base units (see {@link SIUnits}). Only the units the V2X add-ons need are
 * declared here; each has the same generic type as in openHAB.
 */
public final class Units extends CustomUnits {

    private static final Units INSTANCE = new Units();

    public static final Unit<Dimensionless> ONE = INSTANCE.add(AbstractUnit.ONE);
    public static final Unit<Dimensionless> PERCENT = INSTANCE.add(tech.units.indriya.unit.Units.PERCENT, "%");
    public static final Unit<ElectricCurrent> AMPERE = INSTANCE.add(tech.units.indriya.unit.Units.AMPERE);
    public static final Unit<ElectricPotential> VOLT = INSTANCE.add(tech.units.indriya.unit.Units.VOLT);
    public static final Unit<ElectricResistance> OHM = INSTANCE.add(tech.units.indriya.unit.Units.OHM);
    public static final Unit<Energy> JOULE = INSTANCE.add(tech.units.indriya.unit.Units.JOULE);
    public static final Unit<Power> WATT = INSTANCE.add(tech.units.indriya.unit.Units.WATT);
    public static final Unit<Time> SECOND = INSTANCE.add(tech.units.indriya.unit.Units.SECOND);
    public static final Unit<Time> MINUTE = INSTANCE.add(tech.units.indriya.unit.Units.MINUTE);
    public static final Unit<Time> HOUR = INSTANCE.add(tech.units.indriya.unit.Units.HOUR);
    public static final Unit<Time> DAY = INSTANCE.add(tech.units.indriya.unit.Units.DAY);
    public static final Unit<ElectricCharge> AMPERE_HOUR = INSTANCE
            .add(new ProductUnit<ElectricCharge>(AMPERE.multiply(HOUR)), "Ah");
    public static final Unit<Energy> WATT_SECOND = INSTANCE.add(new ProductUnit<Energy>(WATT.multiply(SECOND)),
            "Ws");
    public static final Unit<Energy> WATT_HOUR = INSTANCE.add(new ProductUnit<Energy>(WATT.multiply(HOUR)), "Wh");
    public static final Unit<Energy> KILOWATT_HOUR = INSTANCE.add(MetricPrefix.KILO(WATT_HOUR), "kWh");
    public static final Unit<Energy> MEGAWATT_HOUR = INSTANCE.add(MetricPrefix.MEGA(WATT_HOUR), "MWh");
    public static final Unit<Power> VAR = INSTANCE.add(new AlternateUnit<Power>(WATT, "var"), "var");
    public static final Unit<Power> KILOVAR = INSTANCE.add(MetricPrefix.KILO(VAR), "kvar");
    public static final Unit<Power> VOLT_AMPERE = INSTANCE.add(new AlternateUnit<Power>(WATT, "VA"), "VA");
    public static final Unit<Power> KILOVOLT_AMPERE = INSTANCE.add(MetricPrefix.KILO(VOLT_AMPERE), "kVA");
    public static final Unit<Frequency> HERTZ = INSTANCE.add(tech.units.indriya.unit.Units.HERTZ);
    public static final Unit<Temperature> KELVIN = INSTANCE.add(tech.units.indriya.unit.Units.KELVIN);
    public static final Unit<Speed> METRE_PER_SECOND = INSTANCE.add(tech.units.indriya.unit.Units.METRE_PER_SECOND);

    private Units() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return Units.class.getSimpleName();
    }
}
