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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * What a thing handler's callback does in the host, as plain methods; {@link #asCallback()} adapts it to openHAB's
 * {@link ThingHandlerCallback}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public interface ThingCallbacks {

    void statusUpdated(Thing thing, ThingStatusInfo status);

    void stateUpdated(ChannelUID channel, State state);

    void postCommand(ChannelUID channel, Command command);

    void thingUpdated(Thing thing);

    /** Throws if the parameters are not valid for the thing's config description. */
    void validateConfigurationParameters(Thing thing, Map<String, Object> parameters);

    void configurationUpdated(Thing thing);

    void channelTriggered(Thing thing, ChannelUID channel, String event);

    boolean isChannelLinked(ChannelUID channel);

    @org.eclipse.jdt.annotation.Nullable
    Thing getBridge(ThingUID bridgeUid);

    default ThingHandlerCallback asCallback() {
        return new InterfaceProxy<>(ThingHandlerCallback.class, "host thing callback") //
                .on("statusUpdated", args -> {
                    statusUpdated((Thing) args[0], (ThingStatusInfo) args[1]);
                    return null;
                }).on("stateUpdated", args -> {
                    stateUpdated((ChannelUID) args[0], (State) args[1]);
                    return null;
                }).on("postCommand", args -> {
                    postCommand((ChannelUID) args[0], (Command) args[1]);
                    return null;
                }).on("thingUpdated", args -> {
                    thingUpdated((Thing) args[0]);
                    return null;
                }).on("channelTriggered", args -> {
                    channelTriggered((Thing) args[0], (ChannelUID) args[1], (String) args[2]);
                    return null;
                }).on("isChannelLinked", args -> isChannelLinked((ChannelUID) args[0])) //
                .on("getBridge", args -> getBridge((ThingUID) args[0])) //
                .on("validateConfigurationParameters", args -> {
                    // channel configurations are not described in the host: nothing to check for them
                    if (args[0] instanceof Thing thing) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> parameters = (Map<String, Object>) args[1];
                        validateConfigurationParameters(thing, parameters);
                    }
                    return null;
                }) //
                .on("configurationUpdated", args -> {
                    configurationUpdated((Thing) args[0]);
                    return null;
                }) //
                .on("editChannel", args -> {
                    Thing thing = (Thing) args[0];
                    Channel channel = thing.getChannel((ChannelUID) args[1]);
                    if (channel == null) {
                        throw new IllegalArgumentException(
                                "Channel '" + args[1] + "' does not exist for thing '" + thing.getUID() + "'");
                    }
                    return org.openhab.core.thing.binding.builder.ChannelBuilder.create(channel);
                }).build();
    }
}
