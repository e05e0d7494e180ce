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

import org.eclipse.jdt.annotation.Nullable;

/** Executes an action module. */
public interface ActionHandler extends ModuleHandler {

    /** Prepares the action ahead of its first execution; nothing by default. */
    default void compile() throws Exception {
    }

    /**
     * @param context the rule's context: trigger outputs and values of earlier modules
     * @return the action's outputs by name, or {@code null} for none
     */
    @Nullable
    Map<String, Object> execute(Map<String, Object> context);
}
