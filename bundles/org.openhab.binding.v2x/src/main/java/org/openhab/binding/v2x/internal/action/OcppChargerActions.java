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
package org.openhab.binding.v2x.internal.action;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.handler.OcppChargerHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule actions of an OCPP charger: setpoint, mode, remote start and stop.
 *
 * @author openHAB V2X - Initial contribution
 */
@ThingActionsScope(name = "v2x")
@NonNullByDefault
public class OcppChargerActions implements ThingActions {

    private final Logger logger = LoggerFactory.getLogger(OcppChargerActions.class);
    private @Nullable OcppChargerHandler handler;

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handler instanceof OcppChargerHandler charger) {
            this.handler = charger;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/action.set-setpoint.label", description = "@text/action.set-setpoint.description")
    @ActionOutput(type = "java.lang.Double", label = "@text/action.set-setpoint.output.label")
    public Double setSetpoint(
            @ActionInput(name = "watts", type = "java.lang.Double", label = "@text/action.set-setpoint.watts.label", description = "@text/action.set-setpoint.watts.description", required = true) @Nullable Double watts) {
        OcppChargerHandler charger = handler;
        if (charger == null || watts == null) {
            return 0.0;
        }
        return charger.requestSetpoint(watts);
    }

    @RuleAction(label = "@text/action.set-mode.label", description = "@text/action.set-mode.description")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/action.accepted.label")
    public Boolean setMode(
            @ActionInput(name = "mode", type = "java.lang.String", label = "@text/action.set-mode.mode.label", description = "@text/action.set-mode.mode.description", required = true) @Nullable String mode) {
        OcppChargerHandler charger = handler;
        ChargerMode chargerMode = mode == null ? null : ChargerMode.fromChannelValue(mode).orElse(null);
        if (charger == null || chargerMode == null || chargerMode == ChargerMode.BACKUP) {
            logger.debug("Mode {} cannot be set", mode);
            return false;
        }
        charger.applyMode(chargerMode);
        return true;
    }

    @RuleAction(label = "@text/action.start-transaction.label", description = "@text/action.start-transaction.description")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/action.accepted.label")
    public Boolean startTransaction() {
        OcppChargerHandler charger = handler;
        if (charger == null) {
            return false;
        }
        return await(charger.startTransaction(), charger.callTimeoutMillis());
    }

    @RuleAction(label = "@text/action.stop-transaction.label", description = "@text/action.stop-transaction.description")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/action.accepted.label")
    public Boolean stopTransaction() {
        OcppChargerHandler charger = handler;
        if (charger == null) {
            return false;
        }
        return await(charger.stopTransaction(), charger.callTimeoutMillis());
    }

    private boolean await(java.util.concurrent.CompletableFuture<Boolean> answer, long timeoutMillis) {
        try {
            return answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            logger.debug("The charger did not answer: {}", e.toString());
            return false;
        }
    }

    // static wrappers for DSL rules

    public static double setSetpoint(ThingActions actions, double watts) {
        return ((OcppChargerActions) actions).setSetpoint(watts);
    }

    public static boolean setMode(ThingActions actions, String mode) {
        return ((OcppChargerActions) actions).setMode(mode);
    }

    public static boolean startTransaction(ThingActions actions) {
        return ((OcppChargerActions) actions).startTransaction();
    }

    public static boolean stopTransaction(ThingActions actions) {
        return ((OcppChargerActions) actions).stopTransaction();
    }
}
