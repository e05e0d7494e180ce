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
package org.openhab.core.config.discovery;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;

/**
 * A discovery service that belongs to one thing handler (typically a bridge): the handler lists its class in
 * {@link ThingHandler#getServices()}, the handler factory creates it, hands it the handler and registers it as a
 * {@link DiscoveryService}. Background discovery starts in {@link #initialize()}, once the handler is set, and
 * stops in {@link #dispose()}.
 *
 * @param <T> the handler class the service works with
 */
public abstract class AbstractThingHandlerDiscoveryService<T extends ThingHandler> extends AbstractDiscoveryService
        implements ThingHandlerService {

    private final Class<T> thingClazz;
    private boolean backgroundDiscoveryEnabled;

    @SuppressWarnings("null")
    protected T thingHandler = (T) null;

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, true);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, int timeout) throws IllegalArgumentException {
        this(thingClazz, null, timeout);
    }

    protected AbstractThingHandlerDiscoveryService(ScheduledExecutorService scheduler, Class<T> thingClazz,
            @Nullable Set<ThingTypeUID> supportedThingTypes, int timeout, boolean backgroundDiscoveryEnabledByDefault,
            @Nullable String scanInputLabel, @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(scheduler, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel,
                scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    @Override
    protected abstract void startScan();

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (!thingClazz.isInstance(handler)) {
            throw new IllegalArgumentException(
                    "Expected a " + thingClazz.getName() + " but got a " + handler.getClass().getName());
        }
        thingHandler = thingClazz.cast(handler);
    }

    @Override
    public @Nullable T getThingHandler() {
        return thingHandler;
    }

    /** Reads the background setting only: background discovery needs the handler and starts in initialize(). */
    @Override
    public void activate(@Nullable Map<String, Object> config) {
        backgroundDiscoveryEnabled = backgroundSetting(config, backgroundDiscoveryEnabled);
    }

    @Override
    public void modified(@Nullable Map<String, Object> config) {
        boolean enabled = backgroundSetting(config, backgroundDiscoveryEnabled);
        if (enabled && !backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        } else if (!enabled && backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
        backgroundDiscoveryEnabled = enabled;
    }

    @Override
    public void deactivate() {
        // background discovery already stopped in dispose()
    }

    @Override
    public void initialize() {
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    @Override
    public void dispose() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }
}
