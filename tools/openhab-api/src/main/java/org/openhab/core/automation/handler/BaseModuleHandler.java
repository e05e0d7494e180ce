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

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.config.core.Configuration;

/** Base of module handlers: keeps the module and the callback. */
public class BaseModuleHandler<T extends Module> implements ModuleHandler {

    protected T module;
    protected @Nullable ModuleHandlerCallback callback;

    public BaseModuleHandler(T module) {
        this.module = module;
    }

    @Override
    public void setCallback(ModuleHandlerCallback callback) {
        this.callback = callback;
    }

    @Override
    public void dispose() {
        this.callback = null;
    }

    protected Configuration getConfig() {
        return module.getConfiguration();
    }

    /** The module's configuration mapped onto {@code configurationClass}'s fields by name. */
    protected <C> C getConfigAs(Class<C> configurationClass) {
        return getConfig().as(configurationClass);
    }
}
