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
package org.openhab.binding.v2x.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids of the binding's thing types, channel groups and channels.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class V2xBindingConstants {

    public static final String BINDING_ID = "v2x";

    public static final ThingTypeUID THING_TYPE_OCPP_SERVER = new ThingTypeUID(BINDING_ID, "ocpp-server");
    public static final ThingTypeUID THING_TYPE_OCPP_CHARGER = new ThingTypeUID(BINDING_ID, "ocpp-charger");
    public static final ThingTypeUID THING_TYPE_EV = new ThingTypeUID(BINDING_ID, "ev");
    public static final ThingTypeUID THING_TYPE_QUASAR = new ThingTypeUID(BINDING_ID, "quasar");
    public static final ThingTypeUID THING_TYPE_ECHONET_V2H = new ThingTypeUID(BINDING_ID, "echonet-v2h");

    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_OCPP_SERVER,
            THING_TYPE_OCPP_CHARGER, THING_TYPE_EV, THING_TYPE_QUASAR, THING_TYPE_ECHONET_V2H);

    // channels of every charger, as group#channel
    public static final String CHANNEL_CONNECTION = "status#connection";
    public static final String CHANNEL_OPERATING_STATE = "status#operating-state";
    public static final String CHANNEL_LAST_ERROR = "status#last-error";
    public static final String CHANNEL_ACTIVE_POWER = "power#active-power";
    public static final String CHANNEL_IMPORT_POWER = "power#import-power";
    public static final String CHANNEL_EXPORT_POWER = "power#export-power";
    public static final String CHANNEL_SETPOINT = "power#setpoint";
    public static final String CHANNEL_MODE = "power#mode";
    public static final String CHANNEL_IMPORT_ENERGY = "energy#import-energy";
    public static final String CHANNEL_EXPORT_ENERGY = "energy#export-energy";
    public static final String CHANNEL_CAR_SOC = "car#soc";
    public static final String CHANNEL_CAR_CAPACITY = "car#capacity";
    public static final String CHANNEL_CAR_DEPARTURE_TIME = "car#departure-time";
    public static final String CHANNEL_CAR_TARGET_SOC = "car#target-soc";
    public static final String CHANNEL_MIN_CHARGE_POWER = "limits#min-charge-power";
    public static final String CHANNEL_MAX_CHARGE_POWER = "limits#max-charge-power";
    public static final String CHANNEL_MIN_DISCHARGE_POWER = "limits#min-discharge-power";
    public static final String CHANNEL_MAX_DISCHARGE_POWER = "limits#max-discharge-power";

    // channels of the car
    public static final String CHANNEL_EV_SOC = "soc";
    public static final String CHANNEL_EV_RANGE = "range";
    public static final String CHANNEL_EV_ENERGY_ABOVE_RESERVE = "energy-above-reserve";
    public static final String CHANNEL_EV_TIME_TO_TARGET = "time-to-target";
    public static final String CHANNEL_EV_RESERVE_SOC = "reserve-soc";
    public static final String CHANNEL_EV_TARGET_SOC = "target-soc";
    public static final String CHANNEL_EV_DEPARTURE_TIME = "departure-time";
    public static final String CHANNEL_EV_DISCHARGED_TODAY = "discharged-today";
    public static final String CHANNEL_EV_DISCHARGED_TOTAL = "discharged-total";
    public static final String CHANNEL_EV_EQUIVALENT_FULL_CYCLES = "equivalent-full-cycles";

    private V2xBindingConstants() {
    }
}
