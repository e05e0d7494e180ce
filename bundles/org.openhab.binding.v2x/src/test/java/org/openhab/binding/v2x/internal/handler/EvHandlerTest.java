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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostDefinition;
import org.openhab.v2x.host.OpenhabHost;

/**
 * The car thing on its own: its state of charge arrives as commands on the SoC channel, as openHAB's follow profile
 * sends an item's state to a channel, and its local times are in openHAB's time zone.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class EvHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CAR = "v2x:ev:car";
    private static final String SOC_ITEM = "Car_Soc_Input";
    private static final String RESERVE_ITEM = "Car_Reserve";

    private final OcppTestRig rig = new OcppTestRig();
    private final OpenhabHost host = rig.host;
    private final String charger;

    EvHandlerTest() throws Exception {
        // the car thing type needs a bridge in openHAB: a charger that no charge point has connected to yet
        rig.startServer(1);
        charger = rig.addCharger("EV-TEST", Map.of());
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void stateOfChargeCommandedOnTheChannelDrivesTheFigures() {
        createCar(Map.of());
        host.sendCommand(SOC_ITEM, new QuantityType<>(55, Units.PERCENT));
        awaitPercent(":soc", 55);
        // (55 % - 30 % reserve) of 60 kWh
        awaitKilowattHours(":energy-above-reserve", 15);
        QuantityType<?> range = quantity(":range");
        // 33 kWh at 18 kWh/100 km
        assertEquals(183.33, range.doubleValue(), 0.01);
    }

    @Test
    void percentTypesPlainNumbersAndRatiosAreAccepted() {
        createCar(Map.of());
        host.sendCommand(SOC_ITEM, new PercentType(70));
        awaitPercent(":soc", 70);
        host.sendCommand(SOC_ITEM, new DecimalType(40));
        awaitPercent(":soc", 40);
        host.sendCommand(SOC_ITEM, new QuantityType<>(0.65, Units.ONE));
        awaitPercent(":soc", 65);
    }

    @Test
    void outOfRangeValuesAndWrongTypesAreRejected() {
        createCar(Map.of());
        host.sendCommand(SOC_ITEM, new QuantityType<>(55, Units.PERCENT));
        awaitPercent(":soc", 55);

        host.sendCommand(SOC_ITEM, new QuantityType<>(120, Units.PERCENT));
        host.sendCommand(SOC_ITEM, new DecimalType(-1));
        host.sendCommand(SOC_ITEM, new QuantityType<>(3, Units.KILOWATT_HOUR));
        host.sendCommand(SOC_ITEM, new StringType("50"));
        host.sendCommand(SOC_ITEM, OnOffType.ON);
        // a later command on another channel: once it shows, the rejected ones have been handled before it
        host.sendCommand(RESERVE_ITEM, new QuantityType<>(35, Units.PERCENT));
        awaitPercent(":reserve-soc", 35);

        assertEquals(55, percent(quantity(":soc")), 1e-9);
        // (55 % - 35 %) of 60 kWh: the energy still comes from 55 %
        assertEquals(12, quantity(":energy-above-reserve").toUnit(Units.KILOWATT_HOUR).doubleValue(), 1e-6);
    }

    @Test
    void theDailyDepartureIsInOpenhabsTimeZone() {
        // far from any likely system zone, on both sides of UTC: only the configured zone can give 07:30 in both
        for (String zone : new String[] { "Pacific/Kiritimati", "Pacific/Pago_Pago" }) {
            ZoneId zoneId = ZoneId.of(zone);
            host.setTimeZone(zoneId);
            createCar(Map.of("departureTime", "07:30"));
            await().atMost(WAIT).until(() -> host.getChannelState(CAR + ":departure-time") instanceof DateTimeType);
            DateTimeType departure = (DateTimeType) host.getChannelState(CAR + ":departure-time");
            assertNotNull(departure);
            assertEquals(LocalTime.of(7, 30), departure.getInstant().atZone(zoneId).toLocalTime(), zone);
            host.removeThing(CAR);
        }
    }

    private void createCar(Map<String, Object> extra) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("capacity", new BigDecimal(60));
        config.put("reserveSoc", 30);
        config.put("targetSoc", 80);
        config.put("consumption", new BigDecimal(18));
        config.putAll(extra);
        HostDefinition definition = new HostDefinition();
        HostDefinition.ThingDefinition thing = new HostDefinition.ThingDefinition();
        thing.uid = CAR;
        thing.bridge = charger;
        thing.config = config;
        definition.things.add(thing);
        definition.items.add(item(SOC_ITEM, CAR + ":soc"));
        definition.items.add(item(RESERVE_ITEM, CAR + ":reserve-soc"));
        host.load(definition);
        // initialized: the car follows its charger's status, which is offline without a charge point
        await().atMost(WAIT)
                .until(() -> host.getThingStatus(CAR).getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE);
    }

    private static HostDefinition.ItemDefinition item(String name, String channel) {
        HostDefinition.ItemDefinition item = new HostDefinition.ItemDefinition();
        item.name = name;
        item.type = "Number:Dimensionless";
        item.channel = channel;
        return item;
    }

    private void awaitPercent(String channel, double expected) {
        await().atMost(WAIT).until(() -> {
            State state = host.getChannelState(CAR + channel);
            return state instanceof QuantityType<?> quantity && Math.abs(percent(quantity) - expected) < 1e-9;
        });
    }

    private void awaitKilowattHours(String channel, double expected) {
        await().atMost(WAIT).until(() -> {
            State state = host.getChannelState(CAR + channel);
            if (state instanceof QuantityType<?> quantity) {
                QuantityType<?> kwh = quantity.toUnit(Units.KILOWATT_HOUR);
                return kwh != null && Math.abs(kwh.doubleValue() - expected) < 1e-6;
            }
            return false;
        });
    }

    private QuantityType<?> quantity(String channel) {
        State state = host.getChannelState(CAR + channel);
        if (state instanceof QuantityType<?> quantity) {
            return quantity;
        }
        throw new AssertionError(channel + " holds " + state);
    }

    private static double percent(QuantityType<?> quantity) {
        @Nullable
        QuantityType<?> pct = quantity.toUnit(Units.PERCENT);
        assertNotNull(pct);
        return pct.doubleValue();
    }

}
