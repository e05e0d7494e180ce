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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.util.ThingHandlerHelper;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of thing handlers: keeps the thing and the callback, and turns the protected helper calls (status, states,
 * properties, configuration) into callback calls. Calls made after the handler was disposed (no callback) are
 * logged and dropped, as in openHAB.
 */
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    /**
     * Applies changed configuration parameters: validates them, stores them and, if the handler was initialized,
     * restarts it (dispose, then initialize).
     */
    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        Configuration proposed = new Configuration(configurationParameters);
        for (String key : proposed.keySet()) {
            if (!Objects.equals(current.get(key), proposed.get(key))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // nothing to release by default
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    /** The thing's structure changed: restart with the new thing. */
    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    /** A newly linked item gets the current state: the channel is refreshed. */
    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // nothing to do by default
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.validateConfigurationParameters(getThing(), configurationParameters);
        }
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /** The thing's configuration mapped onto {@code configurationClass}'s fields by name. */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.stateUpdated(channelUID, state);
            } else {
                logDisposed("updating the state of " + channelUID);
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.channelTriggered(getThing(), channelUID, event);
            } else {
                logDisposed("triggering channel " + channelUID);
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelID) {
        triggerChannel(channelID, "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.postCommand(channelUID, command);
            } else {
                logDisposed("posting a command to " + channelUID);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                ThingStatusInfo statusInfo = ThingStatusInfoBuilder.create(status, statusDetail)
                        .withDescription(description).build();
                current.statusUpdated(thing, statusInfo);
            } else {
                logDisposed("updating the thing status to " + status);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /** A builder holding a copy of the thing; pass the result to {@link #updateThing(Thing)}. */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing);
    }

    /**
     * Replaces the thing with a changed copy (from {@link #editThing()}); the thing itself must not be passed.
     *
     * @throws IllegalArgumentException if {@code thing} is the current thing object
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException("Changes must be made on a copy of the thing, e.g. from editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                this.thing = thing;
                current.thingUpdated(thing);
            } else {
                logDisposed("updating the thing");
            }
        }
    }

    /** A copy of the thing's configuration; pass it to {@link #updateConfiguration(Configuration)}. */
    protected Configuration editConfiguration() {
        return new Configuration(getThing().getConfiguration());
    }

    protected void updateConfiguration(Configuration configuration) {
        getThing().getConfiguration().setProperties(configuration.getProperties());
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.configurationUpdated(getThing());
            } else {
                logDisposed("updating the configuration");
            }
        }
    }

    /** A modifiable copy of the thing's properties; pass it to {@link #updateProperties(Map)}. */
    protected Map<String, String> editProperties() {
        return new HashMap<>(getThing().getProperties());
    }

    /** Sets the properties that differ from the thing's; the framework is told only if something changed. */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        if (properties == null) {
            return;
        }
        boolean changed = false;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            String existing = getThing().getProperties().get(property.getKey());
            if (!Objects.equals(existing, property.getValue())) {
                getThing().setProperty(property.getKey(), property.getValue());
                changed = true;
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback current = callback;
                if (current != null) {
                    current.thingUpdated(getThing());
                } else {
                    logDisposed("updating properties");
                }
            }
        }
    }

    protected void updateProperty(String name, @Nullable String value) {
        Map<String, String> properties = editProperties();
        if (!Objects.equals(properties.get(name), value)) {
            properties.put(name, value);
            updateProperties(properties);
        }
    }

    /** The bridge this thing is attached to, or {@code null}. */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = getThing().getBridgeUID();
        ThingHandlerCallback current = callback;
        return bridgeUID != null && current != null ? current.getBridge(bridgeUID) : null;
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback current = callback;
        return current != null && current.isChannelLinked(channelUID);
    }

    /** Whether the handler has completed {@code initialize()} (the thing is ONLINE, OFFLINE or UNKNOWN). */
    protected boolean isInitialized() {
        return ThingHandlerHelper.isHandlerInitialized(getThing());
    }

    /** Goes ONLINE when the bridge comes back, OFFLINE (BRIDGE_OFFLINE) when it goes offline. */
    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        ThingStatusInfo own = getThing().getStatusInfo();
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE && own.getStatus() == ThingStatus.OFFLINE
                && own.getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE && own.getStatus() != ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            logDisposed("changing the thing type");
        }
    }

    private void logDisposed(String what) {
        logger.warn("Handler {} of thing {} tried {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), what);
    }
}
