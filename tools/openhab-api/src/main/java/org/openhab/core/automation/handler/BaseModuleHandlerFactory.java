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
package org.openhab.core.automation.handler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Module;

/** Base of module handler factories: remembers the handlers it created, per rule and module, and disposes them. */
public abstract class BaseModuleHandlerFactory implements ModuleHandlerFactory {

    private final Map<String, ModuleHandler> handlers = new ConcurrentHashMap<>();

    public BaseModuleHandlerFactory() {
    }

    /** Disposes all handlers still in use. */
    protected void deactivate() {
        for (ModuleHandler handler : handlers.values()) {
            handler.dispose();
        }
        handlers.clear();
    }

    /** The handlers in use by {@code ruleUID_moduleId}. */
    protected Map<String, ModuleHandler> getHandlers() {
        return Map.copyOf(handlers);
    }

    @Override
    public @Nullable ModuleHandler getHandler(Module module, String ruleUID) {
        ModuleHandler handler = internalCreate(module, ruleUID);
        if (handler != null) {
            handlers.put(getModuleIdentifier(ruleUID, module.getId()), handler);
        }
        return handler;
    }

    /** Creates the handler for a module of one of {@link #getTypes()}, or {@code null}. */
    protected abstract @Nullable ModuleHandler internalCreate(Module module, String ruleUID);

    @Override
    public void ungetHandler(Module module, String ruleUID, ModuleHandler handler) {
        if (handlers.remove(getModuleIdentifier(ruleUID, module.getId()), handler)) {
            handler.dispose();
        }
    }

    protected String getModuleIdentifier(String ruleUid, String moduleId) {
        return ruleUid + "_" + moduleId;
    }
}
