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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of thing handler factories. {@link #registerHandler(Thing)} creates the handler with
 * {@link #createHandler(Thing)} and creates the handler's services ({@link ThingHandler#getServices()}): each is
 * instantiated, bound to the handler, registered as an OSGi service under its interfaces (when the factory runs in
 * a framework) and initialized; {@link #unregisterHandler(Thing)} undoes this.
 */
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    protected @Nullable BundleContext bundleContext;

    private final Map<ThingHandler, List<BoundService>> servicesByHandler = new ConcurrentHashMap<>();

    public BaseThingHandlerFactory() {
    }

    protected void activate(ComponentContext componentContext) {
        this.bundleContext = componentContext.getBundleContext();
    }

    protected void deactivate(ComponentContext componentContext) {
        for (ThingHandler handler : new ArrayList<>(servicesByHandler.keySet())) {
            unregisterServices(handler);
        }
        this.bundleContext = null;
    }

    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException("The handler factory is not activated");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for thing "
                    + thing.getUID() + " of type " + thing.getThingTypeUID());
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException("The handler of bridge " + thing.getUID() + " must be a BridgeHandler");
        }
        registerServices(handler);
        return handler;
    }

    private void registerServices(ThingHandler handler) {
        List<BoundService> services = new ArrayList<>();
        for (Class<? extends ThingHandlerService> serviceClass : handler.getServices()) {
            try {
                ThingHandlerService service = serviceClass.getDeclaredConstructor().newInstance();
                service.setThingHandler(handler);
                service.activate();
                ServiceRegistration<?> registration = registerOsgiService(service);
                service.initialize();
                services.add(new BoundService(service, registration));
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException | RuntimeException e) {
                logger.warn("Could not create service {} for thing {}: {}", serviceClass.getName(),
                        handler.getThing().getUID(), e.toString());
            }
        }
        servicesByHandler.put(handler, services);
    }

    private @Nullable ServiceRegistration<?> registerOsgiService(ThingHandlerService service) {
        BundleContext context = bundleContext;
        if (context == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        collectInterfaces(service.getClass(), names);
        names.add(service.getClass().getName());
        return context.registerService(names.toArray(String[]::new), service, null);
    }

    private static void collectInterfaces(@Nullable Class<?> type, Set<String> names) {
        if (type == null) {
            return;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            names.add(implemented.getName());
            collectInterfaces(implemented, names);
        }
        collectInterfaces(type.getSuperclass(), names);
    }

    private void unregisterServices(ThingHandler handler) {
        List<BoundService> services = servicesByHandler.remove(handler);
        if (services == null) {
            return;
        }
        for (BoundService bound : services) {
            try {
                bound.service().dispose();
                bound.service().deactivate();
                ServiceRegistration<?> registration = bound.registration();
                if (registration != null) {
                    registration.unregister();
                }
            } catch (RuntimeException e) {
                logger.warn("Could not dispose service {}: {}", bound.service().getClass().getName(), e.toString());
            }
        }
    }

    /** Creates the handler for a thing whose type {@link #supportsThingType(ThingTypeUID) is supported}. */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
            unregisterServices(handler);
        }
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

    private record BoundService(ThingHandlerService service, @Nullable ServiceRegistration<?> registration) {
    }
}
