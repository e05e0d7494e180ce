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
package org.openhab.binding.v2x.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostComponent;
import org.openhab.v2x.host.OpenhabHost;

/**
 * A rule with both V2X actions, as a user would write it, runs in Felix: the automation bundle's module handler
 * factory is found by the host through the service registry and drives the setpoint and load-shedding items.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class RuleActionsInFelixTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private @Nullable OpenhabHost host;

    @BeforeEach
    void setUp() throws InterruptedException {
        host = OsgiTestSupport.service(HostComponent.class, TIMEOUT).host();
    }

    @Test
    void solarFollowCoversImportsAndOutageBackupPowersTheHouseAndShedsLoads() throws InterruptedException {
        OpenhabHost h = host();
        h.load("""
                {
                  "items": [
                    {"name": "It_GridPower", "type": "Number:Power", "state": "0 W"},
                    {"name": "It_HomeLoad", "type": "Number:Power", "state": "2500 W"},
                    {"name": "It_CarSoc", "type": "Number:Dimensionless", "state": "36 %"},
                    {"name": "It_ChargerPower", "type": "Number:Power", "state": "0 W"},
                    {"name": "It_Setpoint", "type": "Number:Power"},
                    {"name": "It_GridOk", "type": "Switch", "state": "ON"},
                    {"name": "It_Load1", "type": "Switch", "state": "ON"},
                    {"name": "It_Load2", "type": "Switch", "state": "ON"}
                  ],
                  "rules": [{
                    "uid": "it-v2x",
                    "triggers": [{"type": "core.ItemStateUpdateTrigger", "config": {"itemName": "It_GridPower"}}],
                    "actions": [
                      {"type": "v2x.SolarFollow", "config": {
                        "gridPowerItem": "It_GridPower", "homeLoadItem": "It_HomeLoad", "socItem": "It_CarSoc",
                        "chargerPowerItem": "It_ChargerPower", "setpointItem": "It_Setpoint",
                        "mode": "solar-v2h", "capacity": 60, "reserveSoc": 30, "gridBias": 0, "v2hMinSoc": 30}},
                      {"type": "v2x.OutageBackup", "config": {
                        "socItem": "It_CarSoc", "setpointItem": "It_Setpoint", "gridAvailableItem": "It_GridOk",
                        "homeLoadItem": "It_HomeLoad", "capacity": 60, "reserveSoc": 30,
                        "loadSheddingItems": "It_Load1,It_Load2"}}
                    ]
                  }]
                }
                """);
        HostedCarThingTest.await(() -> "IDLE".equals(h.ruleStatus("it-v2x")), "rule initialized");

        // 2 kW import, car above its reserve and V2H allowed down to it: the car covers the import
        h.postUpdate("It_GridPower", new QuantityType<>(2000, Units.WATT));
        HostedCarThingTest.await(() -> watts(h.getItemState("It_Setpoint")) != null, "setpoint commanded");
        Double v2h = watts(h.getItemState("It_Setpoint"));
        assertNotNull(v2h);
        assertEquals(-2000, v2h, 50);

        // grid lost: the car powers the house load and, with little energy above the reserve, loads are shed
        h.postUpdate("It_GridOk", org.openhab.core.library.types.OnOffType.OFF);
        h.postUpdate("It_GridPower", new QuantityType<>(0, Units.WATT));
        HostedCarThingTest.await(() -> "OFF".equals(h.getItemState("It_Load1").toString()), "first load shed");
        Double backup = watts(h.getItemState("It_Setpoint"));
        assertNotNull(backup);
        assertEquals(-2500, backup, 50);
    }

    private OpenhabHost host() {
        OpenhabHost h = host;
        assertNotNull(h);
        return h;
    }

    private static @Nullable Double watts(State state) {
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> w = quantity.toUnit(Units.WATT);
            return w == null ? null : w.doubleValue();
        }
        return null;
    }
}
