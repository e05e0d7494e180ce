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

import static org.openhab.binding.v2x.internal.V2xBindingConstants.*;

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.handler.EchonetV2hHandler;
import org.openhab.binding.v2x.internal.handler.EvHandler;
import org.openhab.binding.v2x.internal.handler.OcppChargerHandler;
import org.openhab.binding.v2x.internal.handler.OcppServerHandler;
import org.openhab.binding.v2x.internal.handler.QuasarHandler;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.TransactionIds;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of the V2X binding's things.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.v2x", service = ThingHandlerFactory.class)
public class V2xHandlerFactory extends BaseThingHandlerFactory {

    private final TimeZoneProvider timeZoneProvider;
    // only instants are taken from the clock; every local time uses openHAB's time zone
    private final Clock clock = Clock.systemUTC();
    private final TransactionIds transactionIds = new TransactionIds(clock);

    @Activate
    public V2xHandlerFactory(@Reference TimeZoneProvider timeZoneProvider) {
        this.timeZoneProvider = timeZoneProvider;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID type = thing.getThingTypeUID();
        if (THING_TYPE_EV.equals(type)) {
            return new EvHandler(thing, timeZoneProvider, clock);
        }
        if (THING_TYPE_OCPP_SERVER.equals(type) && thing instanceof Bridge bridge) {
            return new OcppServerHandler(bridge);
        }
        if (THING_TYPE_OCPP_CHARGER.equals(type) && thing instanceof Bridge bridge) {
            return new OcppChargerHandler(bridge, timeZoneProvider, clock, transactionIds);
        }
        if (THING_TYPE_QUASAR.equals(type) && thing instanceof Bridge bridge) {
            return new QuasarHandler(bridge, timeZoneProvider, clock);
        }
        if (THING_TYPE_ECHONET_V2H.equals(type) && thing instanceof Bridge bridge) {
            return new EchonetV2hHandler(bridge, timeZoneProvider, clock);
        }
        return null;
    }
}
