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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Implements an openHAB interface with only the methods the host needs. openHAB's registries and callbacks have
 * many more methods than an add-on calls; a proxy keeps the host small and compiles against the stand-in and the
 * real API alike. Methods without an implementation run their default body if they have one, else fail loudly.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class InterfaceProxy<T> {

    /** The body of one proxied method. */
    @FunctionalInterface
    public interface Body {
        @Nullable
        Object call(@Nullable Object[] args) throws Exception;
    }

    private final Class<T> type;
    private final String description;
    private final Map<String, Body> bodies = new HashMap<>();

    public InterfaceProxy(Class<T> type, String description) {
        this.type = type;
        this.description = description;
    }

    /** Implements every overload of {@code methodName}, or one overload when given as {@code name/arity}. */
    public InterfaceProxy<T> on(String methodName, Body body) {
        bodies.put(methodName, body);
        return this;
    }

    public T build() {
        InvocationHandler handler = this::invoke;
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }

    private @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] rawArgs)
            throws Throwable {
        Object[] args = rawArgs == null ? new Object[0] : rawArgs;
        Body body = bodies.get(method.getName() + "/" + args.length);
        if (body == null) {
            body = bodies.get(method.getName());
        }
        if (body != null) {
            return body.call(args);
        }
        switch (method.getName()) {
            case "toString":
                if (args.length == 0) {
                    return description;
                }
                break;
            case "hashCode":
                if (args.length == 0) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "equals":
                if (args.length == 1) {
                    return proxy == args[0];
                }
                break;
            default:
                break;
        }
        if (method.isDefault()) {
            try {
                return InvocationHandler.invokeDefault(proxy, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        throw new UnsupportedOperationException(
                "The test host does not implement " + type.getSimpleName() + "." + method.getName());
    }
}
