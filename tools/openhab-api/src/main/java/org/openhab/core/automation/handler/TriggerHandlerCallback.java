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
import java.util.concurrent.ScheduledExecutorService;

import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.Trigger;

/** The rule engine's side of a trigger handler. */
public interface TriggerHandlerCallback extends ModuleHandlerCallback {

    default void triggered(Trigger trigger) {
        triggered(trigger, Map.of());
    }

    /** Runs the rule; {@code context} holds the trigger's outputs by name. */
    void triggered(Trigger trigger, Map<String, ?> context);

    ScheduledExecutorService getScheduler();
}
