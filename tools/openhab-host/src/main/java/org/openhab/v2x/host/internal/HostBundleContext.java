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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;

/**
 * A small in-memory OSGi service registry behind a {@link BundleContext}, for activating thing handler factories
 * outside a framework as Declarative Services would: enough for openHAB's {@code BaseThingHandlerFactory} and the
 * OSGi {@code ServiceTracker} (register, look up, get and unget services, service listeners with filters). Any other
 * {@link BundleContext} method throws an {@link UnsupportedOperationException} naming it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class HostBundleContext {

    private final AtomicLong nextServiceId = new AtomicLong(1);
    private final Map<Long, Registration> registrations = new ConcurrentHashMap<>();
    private final List<ListenerEntry> listeners = new CopyOnWriteArrayList<>();
    private final BundleContext context;

    private record ListenerEntry(ServiceListener listener, @Nullable Filter filter) {
    }

    public HostBundleContext() {
        context = new InterfaceProxy<>(BundleContext.class, "host bundle context") //
                .on("registerService", args -> register(args[0], args[1], (Dictionary<?, ?>) args[2])) //
                .on("getServiceReference", args -> best(references(className(args[0]), null))) //
                .on("getServiceReferences", args -> {
                    List<ServiceReference<?>> found = references(className(args[0]), (String) args[1]);
                    if (args[0] instanceof Class<?>) {
                        return found;
                    }
                    return found.isEmpty() ? null : found.toArray(ServiceReference<?>[]::new);
                }) //
                .on("getService", args -> {
                    Registration registration = args[0] instanceof Reference reference
                            ? registrations.get(reference.id)
                            : null;
                    return registration == null ? null : registration.service;
                }) //
                .on("ungetService", args -> args[0] instanceof Reference reference
                        && registrations.containsKey(reference.id)) //
                .on("addServiceListener/1", args -> {
                    listeners.add(new ListenerEntry((ServiceListener) args[0], null));
                    return null;
                }) //
                .on("addServiceListener/2", args -> {
                    String filter = (String) args[1];
                    listeners.add(new ListenerEntry((ServiceListener) args[0],
                            filter == null ? null : FrameworkUtil.createFilter(filter)));
                    return null;
                }) //
                .on("removeServiceListener", args -> {
                    listeners.removeIf(entry -> entry.listener() == args[0]);
                    return null;
                }) //
                .on("createFilter", args -> FrameworkUtil.createFilter((String) args[0])) //
                .build();
    }

    public BundleContext bundleContext() {
        return context;
    }

    /** A component context as Declarative Services hands to {@code activate}: only its bundle context works. */
    public ComponentContext componentContext() {
        return new InterfaceProxy<>(ComponentContext.class, "host component context") //
                .on("getBundleContext", args -> context) //
                .on("getProperties", args -> new Hashtable<String, Object>()) //
                .build();
    }

    /** The services registered under a class or interface name, in ranking order. */
    public List<Object> services(String className) {
        List<Object> services = new ArrayList<>();
        for (ServiceReference<?> reference : references(className, null)) {
            Registration registration = registrations.get(((Reference) reference).id);
            if (registration != null) {
                services.add(registration.service);
            }
        }
        return services;
    }

    private static String className(@Nullable Object classOrName) {
        return classOrName instanceof Class<?> type ? type.getName() : String.valueOf(classOrName);
    }

    private ServiceRegistration<?> register(@Nullable Object names, @Nullable Object service,
            @Nullable Dictionary<?, ?> properties) {
        String[] classes;
        if (names instanceof String[] array) {
            classes = array.clone();
        } else if (names instanceof Class<?> type) {
            classes = new String[] { type.getName() };
        } else {
            classes = new String[] { String.valueOf(names) };
        }
        if (service == null || classes.length == 0) {
            throw new IllegalArgumentException("A service and at least one class name are required");
        }
        Hashtable<String, Object> all = new Hashtable<>();
        if (properties != null) {
            for (Enumeration<?> keys = properties.keys(); keys.hasMoreElements();) {
                Object key = keys.nextElement();
                all.put(key.toString(), properties.get(key));
            }
        }
        long id = nextServiceId.getAndIncrement();
        all.put(Constants.OBJECTCLASS, classes);
        all.put(Constants.SERVICE_ID, id);
        Registration registration = new Registration(id, service, all);
        registrations.put(id, registration);
        fire(ServiceEvent.REGISTERED, registration.reference);
        return registration;
    }

    private List<ServiceReference<?>> references(String className, @Nullable String filterText) {
        Filter filter;
        try {
            filter = filterText == null ? null : FrameworkUtil.createFilter(filterText);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<ServiceReference<?>> found = new ArrayList<>();
        for (Registration registration : registrations.values()) {
            if (List.of((String[]) registration.properties.get(Constants.OBJECTCLASS)).contains(className)
                    && (filter == null || filter.match(registration.reference))) {
                found.add(registration.reference);
            }
        }
        found.sort(Comparator.comparingLong(reference -> ((Reference) reference).id));
        return found;
    }

    private static @Nullable ServiceReference<?> best(List<ServiceReference<?>> references) {
        return references.isEmpty() ? null : references.get(0);
    }

    private void fire(int type, ServiceReference<?> reference) {
        ServiceEvent event = new ServiceEvent(type, reference);
        for (ListenerEntry entry : listeners) {
            Filter filter = entry.filter();
            if (filter == null || filter.match(reference)) {
                entry.listener().serviceChanged(event);
            }
        }
    }

    private final class Registration implements ServiceRegistration<Object> {
        final long id;
        final Object service;
        final Hashtable<String, Object> properties;
        final Reference reference;

        Registration(long id, Object service, Hashtable<String, Object> properties) {
            this.id = id;
            this.service = service;
            this.properties = properties;
            this.reference = new Reference(id, properties);
        }

        @Override
        public ServiceReference<Object> getReference() {
            if (!registrations.containsKey(id)) {
                throw new IllegalStateException("Service " + id + " is already unregistered");
            }
            return reference;
        }

        @Override
        public void setProperties(@Nullable Dictionary<String, ?> newProperties) {
            throw new UnsupportedOperationException("The test host does not implement ServiceRegistration.setProperties");
        }

        @Override
        public void unregister() {
            if (!registrations.containsKey(id)) {
                throw new IllegalStateException("Service " + id + " is already unregistered");
            }
            fire(ServiceEvent.UNREGISTERING, reference);
            registrations.remove(id);
        }
    }

    private static final class Reference implements ServiceReference<Object> {
        final long id;
        final Hashtable<String, Object> properties;

        Reference(long id, Hashtable<String, Object> properties) {
            this.id = id;
            this.properties = properties;
        }

        @Override
        public @Nullable Object getProperty(@Nullable String key) {
            return key == null ? null : properties.get(key);
        }

        @Override
        public String[] getPropertyKeys() {
            return properties.keySet().toArray(String[]::new);
        }

        @Override
        public @Nullable Bundle getBundle() {
            return null;
        }

        @Override
        public Bundle @Nullable [] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(@Nullable Bundle bundle, @Nullable String className) {
            return true;
        }

        @Override
        public int compareTo(@Nullable Object other) {
            // a lower service id ranks higher, as in OSGi when rankings are equal
            return other instanceof Reference reference ? Long.compare(reference.id, id) : 0;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return new Hashtable<>(properties);
        }

        @Override
        public <A> A adapt(@Nullable Class<A> type) {
            throw new UnsupportedOperationException("The test host does not implement ServiceReference.adapt");
        }

        @Override
        public String toString() {
            return "host service " + id + " " + List.of((String[]) properties.get(Constants.OBJECTCLASS));
        }
    }

    /** All registered services, for looking at what is there. */
    public Collection<Object> allServices() {
        return registrations.values().stream().map(r -> r.service).toList();
    }
}
