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

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of thing handler factories, as strict as openHAB's: Declarative Services (or the test host, in its place)
 * must call {@link #activate(ComponentContext)} first, which keeps the bundle context and opens service trackers on
 * it. {@link #registerHandler(Thing)} creates the handler with {@link #createHandler(Thing)} and its services
 * ({@link ThingHandler#getServices()}): each is instantiated, bound to the handler, registered through the bundle
 * context under the interfaces its class declares (except {@link ThingHandlerService} itself) and initialized. On a
 * factory that was never activated this fails with a {@link NullPointerException}, as in openHAB.
 * {@link #unregisterHandler(Thing)} disposes and unregisters the services.
 */
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    // openHAB's factory tracks these two registries; the stand-in has neither type, so it tracks them by name
    private static final String THING_TYPE_REGISTRY = "org.openhab.core.thing.type.ThingTypeRegistry";
    private static final String CONFIG_DESCRIPTION_REGISTRY = "org.openhab.core.config.core.ConfigDescriptionRegistry";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    protected @Nullable BundleContext bundleContext;

    private final Map<ThingUID, List<BoundService>> servicesByThing = new ConcurrentHashMap<>();
    private @Nullable ServiceTracker<?, ?> thingTypeRegistryTracker;
    private @Nullable ServiceTracker<?, ?> configDescriptionRegistryTracker;

    public BaseThingHandlerFactory() {
    }

    protected void activate(ComponentContext componentContext) {
        BundleContext context = componentContext.getBundleContext();
        this.bundleContext = context;
        ServiceTracker<?, ?> thingTypes = new ServiceTracker<>(context, THING_TYPE_REGISTRY, null);
        thingTypes.open();
        thingTypeRegistryTracker = thingTypes;
        ServiceTracker<?, ?> configDescriptions = new ServiceTracker<>(context, CONFIG_DESCRIPTION_REGISTRY, null);
        configDescriptions.open();
        configDescriptionRegistryTracker = configDescriptions;
    }

    protected void deactivate(ComponentContext componentContext) {
        ServiceTracker<?, ?> thingTypes = thingTypeRegistryTracker;
        ServiceTracker<?, ?> configDescriptions = configDescriptionRegistryTracker;
        // like openHAB, a tracker that was never opened makes deactivate fail
        Objects.requireNonNull(thingTypes).close();
        Objects.requireNonNull(configDescriptions).close();
        servicesByThing.clear();
        this.bundleContext = null;
    }

    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for the thing '"
                    + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        registerServices(thing, handler);
        return handler;
    }

    private void registerServices(Thing thing, ThingHandler handler) {
        for (Class<? extends ThingHandlerService> serviceClass : handler.getServices()) {
            registerService(thing.getUID(), handler, serviceClass);
        }
    }

    private <T extends ThingHandlerService> void registerService(ThingUID thingUID, ThingHandler handler,
            Class<T> serviceClass) {
        // deliberately dereferenced without a check: an unactivated factory fails here, as openHAB's does
        BundleContext context = bundleContext;
        ServiceReference<T> prototype = Objects.requireNonNull(context, "bundleContext").getServiceReference(serviceClass);
        // a service class that is also a (prototype-scoped) component gets its instance from DS, with its references
        ServiceObjects<T> objects = prototype == null ? null : context.getServiceObjects(prototype);
        T service;
        if (objects != null) {
            service = objects.getService();
        } else {
            try {
                service = serviceClass.getConstructor().newInstance();
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                logger.warn("Could not register service for class={}", serviceClass.getCanonicalName(), e);
                return;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        collectInterfaces(serviceClass, names);
        names.remove(ThingHandlerService.class.getName());
        service.setThingHandler(handler);
        ServiceRegistration<?> registration = names.isEmpty() ? null
                : context.registerService(names.toArray(String[]::new), service, null);
        service.initialize();
        servicesByThing.computeIfAbsent(thingUID, uid -> new ArrayList<>())
                .add(new BoundService(service, registration, release(objects, service)));
    }

    private static <T> Runnable release(@Nullable ServiceObjects<T> objects, T service) {
        return objects == null ? () -> {
        } : () -> objects.ungetService(service);
    }

    /** All interfaces of a class, of its superclasses and of those interfaces, as openHAB registers them. */
    private static void collectInterfaces(@Nullable Class<?> type, Set<String> names) {
        if (type == null) {
            return;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (names.add(implemented.getName())) {
                collectInterfaces(implemented, names);
            }
        }
        collectInterfaces(type.getSuperclass(), names);
    }

    private void unregisterServices(Thing thing) {
        List<BoundService> services = servicesByThing.remove(thing.getUID());
        if (services == null) {
            return;
        }
        for (BoundService bound : services) {
            bound.service().dispose();
            ServiceRegistration<?> registration = bound.registration();
            if (registration != null) {
                registration.unregister();
            }
            bound.release().run();
        }
    }

    /** Creates the handler for a thing whose type {@link #supportsThingType(ThingTypeUID) is supported}. */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        unregisterServices(thing);
    }

    /** Called when a handler is unregistered; override to release per-handler resources. */
    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // nothing to clean up by default
    }

    /**
     * Creates a thing from its thing type's definition. The stand-in has no thing type registry, so this returns
     * {@code null} (openHAB's result when the thing type is unknown).
     */
    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        return null;
    }

    private record BoundService(ThingHandlerService service, @Nullable ServiceRegistration<?> registration,
            Runnable release) {
    }
}
