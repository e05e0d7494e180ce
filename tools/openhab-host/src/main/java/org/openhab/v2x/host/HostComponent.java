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
package org.openhab.v2x.host;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.persistence.PersistenceServiceRegistry;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OpenhabHost} in an OSGi framework: offers openHAB's {@link ItemRegistry}, {@link EventPublisher}
 * and {@link TimeZoneProvider} services, picks up thing handler factories (already activated by Declarative
 * Services), module handler factories and event subscribers as they come and go, reads their bundles' thing types,
 * config descriptions and module types, and loads the JSON definition named by the framework property
 * {@value #DEFINITION_PROPERTY} if set. Tests get the host as a service.
 *
 * @author openHAB V2X - Initial contribution
 */
@Component(service = HostComponent.class, immediate = true)
@NonNullByDefault
public class HostComponent {

    public static final String DEFINITION_PROPERTY = "v2x.host.definition";

    private final Logger logger = LoggerFactory.getLogger(HostComponent.class);
    private final OpenhabHost host = new OpenhabHost();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<ThingHandlerFactory> pendingThingFactories = new ArrayList<>();
    private final List<ModuleHandlerFactory> pendingModuleFactories = new ArrayList<>();
    private boolean active;

    @Activate
    protected void activate(BundleContext context) {
        registrations.add(context.registerService(ItemRegistry.class, host.itemRegistry(), null));
        registrations.add(context.registerService(EventPublisher.class, host.eventPublisher(), null));
        registrations.add(context.registerService(TimeZoneProvider.class, host.timeZoneProvider(), null));
        registrations.add(context.registerService(PersistenceServiceRegistry.class, host.persistence(), null));
        synchronized (this) {
            active = true;
            pendingThingFactories.forEach(this::addToHost);
            pendingModuleFactories.forEach(this::addToHost);
            pendingThingFactories.clear();
            pendingModuleFactories.clear();
        }
        String definition = context.getProperty(DEFINITION_PROPERTY);
        if (definition != null && !definition.isBlank()) {
            try {
                host.load(Files.readString(Path.of(definition), StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                logger.error("Cannot load host definition {}: {}", definition, e.getMessage());
            }
        }
    }

    @Deactivate
    protected void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        host.close();
    }

    /** The running host, for tests and the sandbox. */
    public OpenhabHost host() {
        return host;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    protected synchronized void addThingHandlerFactory(ThingHandlerFactory factory) {
        if (active) {
            addToHost(factory);
        } else {
            pendingThingFactories.add(factory);
        }
    }

    protected synchronized void removeThingHandlerFactory(ThingHandlerFactory factory) {
        pendingThingFactories.remove(factory);
        host.removeThingHandlerFactory(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    protected synchronized void addModuleHandlerFactory(ModuleHandlerFactory factory) {
        if (active) {
            addToHost(factory);
        } else {
            pendingModuleFactories.add(factory);
        }
    }

    protected synchronized void removeModuleHandlerFactory(ModuleHandlerFactory factory) {
        pendingModuleFactories.remove(factory);
        host.removeModuleHandlerFactory(factory);
    }

    /** Discovery services as openHAB's discovery registry finds them: every registered one feeds the inbox. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    protected void addDiscoveryService(DiscoveryService service) {
        host.addDiscoveryService(service);
    }

    protected void removeDiscoveryService(DiscoveryService service) {
        host.removeDiscoveryService(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    protected void addEventSubscriber(EventSubscriber subscriber) {
        host.addEventSubscriber(subscriber);
    }

    protected void removeEventSubscriber(EventSubscriber subscriber) {
        host.removeEventSubscriber(subscriber);
    }

    private void addToHost(ThingHandlerFactory factory) {
        Bundle bundle = FrameworkUtil.getBundle(factory.getClass());
        if (bundle != null) {
            readThingTypes(bundle);
        }
        // Declarative Services has activated the factory already: the host must not activate it again
        host.addThingHandlerFactory(factory);
    }

    private void addToHost(ModuleHandlerFactory factory) {
        Bundle bundle = FrameworkUtil.getBundle(factory.getClass());
        if (bundle != null) {
            @Nullable
            Enumeration<URL> entries = bundle.findEntries("OH-INF/automation/moduletypes", "*.json", false);
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                try {
                    host.addModuleTypes(entry);
                } catch (IOException e) {
                    logger.warn("Cannot read module types {}: {}", entry, e.getMessage());
                }
            }
        }
        host.addModuleHandlerFactory(factory);
    }

    private void readThingTypes(Bundle bundle) {
        // default texts only: the host speaks the add-on's own language
        @Nullable
        Enumeration<URL> i18n = bundle.findEntries("OH-INF/i18n", "*.properties", false);
        while (i18n != null && i18n.hasMoreElements()) {
            URL entry = i18n.nextElement();
            if (!entry.getPath().contains("_")) {
                try {
                    host.addTexts(entry);
                } catch (IOException e) {
                    logger.warn("Cannot read texts {}: {}", entry, e.getMessage());
                }
            }
        }
        @Nullable
        Enumeration<URL> configs = bundle.findEntries("OH-INF/config", "*.xml", false);
        while (configs != null && configs.hasMoreElements()) {
            URL entry = configs.nextElement();
            try {
                host.addConfigDescriptions(entry);
            } catch (IOException e) {
                logger.warn("Cannot read config descriptions {}: {}", entry, e.getMessage());
            }
        }
        @Nullable
        Enumeration<URL> entries = bundle.findEntries("OH-INF/thing", "*.xml", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            try {
                host.addThingTypes(entry);
            } catch (IOException e) {
                logger.warn("Cannot read thing types {}: {}", entry, e.getMessage());
            }
        }
    }
}
