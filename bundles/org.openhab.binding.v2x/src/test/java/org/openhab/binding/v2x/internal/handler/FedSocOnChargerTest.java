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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;

import com.google.gson.JsonObject;

/**
 * A charger that cannot read the car (here: an OCPP 2.0.1 charge point that never reports a state of charge): the
 * state of charge fed to the car thing's channel, as the follow profile does, allows discharging above the driving
 * reserve and stops a running discharge when it reaches the reserve.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class FedSocOnChargerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CP = "ACWALLBOX";
    private static final String CHARGER = "v2x:ocpp-charger:home:ac";
    private static final String CAR = "v2x:ev:home:ac:car";
    private static final String SOC_ITEM = "Car_Soc_Fed";
    private static final String SETPOINT_ITEM = "Ac_Setpoint";

    private @Nullable OcppTestRig rig;
    private final ScriptedChargePoint chargePoint = new ScriptedChargePoint();

    @AfterEach
    void tearDown() {
        chargePoint.close();
        OcppTestRig current = rig;
        if (current != null) {
            current.close();
        }
    }

    @Test
    void theFedStateOfChargeGuardsTheDrivingReserve() throws Exception {
        OcppTestRig rig = new OcppTestRig();
        this.rig = rig;
        rig.startServer(1);
        Map<String, Object> charger = new LinkedHashMap<>();
        charger.put("chargePointId", CP);
        charger.put("password", OcppTestRig.PASSWORD);
        charger.put("allowNegativeLimitDischarge", true);
        charger.put("minSetpointInterval", 0);
        charger.put("setpointDeadband", 0);
        rig.thing(CHARGER, OcppTestRig.SERVER_UID, charger);
        Map<String, Object> car = new LinkedHashMap<>();
        car.put("capacity", new BigDecimal(60));
        car.put("reserveSoc", 30);
        car.put("targetSoc", 80);
        rig.thing(CAR, CHARGER, car);
        rig.item(SOC_ITEM, "Number:Dimensionless", CAR + ":soc");
        rig.item(SETPOINT_ITEM, "Number:Power", CHARGER + ":power#setpoint");
        chargePoint.connect(rig.port, CP, OcppTestRig.PASSWORD, "ocpp2.0.1");
        chargePoint.call("BootNotification",
                "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Test\",\"model\":\"AC\"}}");
        await().atMost(WAIT).until(() -> rig.status(CHARGER).getStatus() == ThingStatus.ONLINE);

        // nothing known about the car: a discharge is refused
        rig.host.sendCommand(SETPOINT_ITEM, new QuantityType<>(-3000, Units.WATT));
        await().atMost(WAIT).until(() -> chargePoint.received("SetChargingProfile", p -> limit(p) == 0));

        rig.host.sendCommand(SOC_ITEM, new QuantityType<>(50, Units.PERCENT));
        // openHAB delivers commands to each handler on its own: the car must know its SoC before the setpoint comes
        await().atMost(WAIT).until(() -> new QuantityType<>(50, Units.PERCENT).equals(rig.host.getItemState(SOC_ITEM)));
        rig.host.sendCommand(SETPOINT_ITEM, new QuantityType<>(-2900, Units.WATT));
        await().atMost(WAIT).until(() -> chargePoint.received("SetChargingProfile", p -> limit(p) == -2900));
        int before = chargePoint.requests("SetChargingProfile").size();

        // the car reaches its reserve: the charger is told to stop without a new setpoint
        rig.host.sendCommand(SOC_ITEM, new QuantityType<>(30, Units.PERCENT));
        await().atMost(WAIT).until(() -> chargePoint.requests("SetChargingProfile").stream().skip(before)
                .anyMatch(r -> limit(r.payload()) == 0));
    }

    private static double limit(JsonObject request) {
        return request.getAsJsonObject("chargingProfile").getAsJsonArray("chargingSchedule").get(0)
                .getAsJsonObject().getAsJsonArray("chargingSchedulePeriod").get(0).getAsJsonObject().get("limit")
                .getAsDouble();
    }
}
