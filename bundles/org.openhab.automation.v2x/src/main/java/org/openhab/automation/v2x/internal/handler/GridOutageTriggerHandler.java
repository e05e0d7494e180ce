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
package org.openhab.automation.v2x.internal.handler;

import static org.openhab.automation.v2x.internal.V2xAutomationConstants.*;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.BaseTriggerModuleHandler;
import org.openhab.core.automation.handler.TriggerHandlerCallback;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.library.types.OnOffType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code v2x.GridOutage} trigger: polls the grid switch or voltage item with the rule engine's scheduler and
 * fires with {@code event} = {@code LOST} or {@code RESTORED} when the grid state changes (and {@code LOST} at
 * start when the grid is already lost). An unknown state fires nothing.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class GridOutageTriggerHandler extends BaseTriggerModuleHandler {

    public static final String OUTPUT_EVENT = "event";
    public static final String OUTPUT_GRID_AVAILABLE = "gridAvailable";
    public static final String LOST = "LOST";
    public static final String RESTORED = "RESTORED";

    private static final String POLLING = "grid polling";

    private final Logger logger = LoggerFactory.getLogger(GridOutageTriggerHandler.class);
    private final WarnOnce warnings;
    private final ItemValues values;
    private final @Nullable String switchItem;
    private final @Nullable String voltageItem;
    private final double minVoltage;
    private final long pollMillis;
    private @Nullable ScheduledFuture<?> poller;
    private @Nullable Boolean lastAvailable;

    /** @throws IllegalArgumentException naming the wrong parameter or item */
    public GridOutageTriggerHandler(Trigger module, String ruleUid, ItemRegistry registry) {
        super(module);
        ConfigReader config = new ConfigReader(module.getConfiguration());
        switchItem = checked(registry, config.text(GRID_AVAILABLE_ITEM), GRID_AVAILABLE_ITEM, Set.of("Switch"));
        voltageItem = checked(registry, config.text(GRID_VOLTAGE_ITEM), GRID_VOLTAGE_ITEM,
                Set.of("Number", "Number:ElectricPotential"));
        if ((switchItem == null) == (voltageItem == null)) {
            throw new IllegalArgumentException(
                    "Set exactly one of '" + GRID_AVAILABLE_ITEM + "' and '" + GRID_VOLTAGE_ITEM + "'");
        }
        minVoltage = config.number(MIN_GRID_VOLTAGE, DEFAULT_MIN_GRID_VOLTAGE);
        double pollSeconds = config.number(POLL_INTERVAL, 5);
        if (!(pollSeconds >= 0.1)) {
            throw new IllegalArgumentException("Parameter '" + POLL_INTERVAL + "' must be at least 0.1 s");
        }
        pollMillis = Math.round(pollSeconds * 1000);
        warnings = new WarnOnce(ruleUid);
        values = new ItemValues(registry, warnings);
    }

    @Override
    public synchronized void setCallback(ModuleHandlerCallback callback) {
        super.setCallback(callback);
        cancel();
        if (callback instanceof TriggerHandlerCallback triggerCallback) {
            poller = triggerCallback.getScheduler().scheduleWithFixedDelay(this::poll, 0, pollMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void dispose() {
        cancel();
        super.dispose();
    }

    private synchronized void poll() {
        try {
            check();
            warnings.resolved(POLLING);
        } catch (RuntimeException e) {
            // an exception escaping to the scheduler would end the polling for good, and with it outage detection
            warnings.warn(POLLING, "reading the grid state failed (" + e + "); trying again at every poll");
            logger.debug("Grid poll failed", e);
        }
    }

    private void check() {
        Boolean available = gridAvailable();
        if (available == null || available.equals(lastAvailable)) {
            return;
        }
        boolean first = lastAvailable == null;
        lastAvailable = available;
        if (first && available) {
            return;
        }
        if (callback instanceof TriggerHandlerCallback triggerCallback) {
            triggerCallback.triggered(module, Map.of(OUTPUT_EVENT, available ? RESTORED : LOST,
                    OUTPUT_GRID_AVAILABLE, OnOffType.from(available)));
        }
    }

    private @Nullable Boolean gridAvailable() {
        String item = switchItem;
        if (item != null) {
            return values.onOff(item);
        }
        String voltage = voltageItem;
        Double volts = voltage == null ? null : values.volts(voltage);
        return volts == null ? null : volts >= minVoltage;
    }

    private void cancel() {
        ScheduledFuture<?> running = poller;
        if (running != null) {
            running.cancel(false);
            poller = null;
        }
    }

    private static @Nullable String checked(ItemRegistry registry, @Nullable String name, String parameter,
            Set<String> types) {
        if (name == null) {
            return null;
        }
        try {
            Item item = registry.getItem(name);
            if (!types.contains(item.getType())) {
                throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' is a "
                        + item.getType() + "; expected " + String.join(" or ", types.stream().sorted().toList()));
            }
            return name;
        } catch (ItemNotFoundException e) {
            throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' does not exist");
        }
    }
}
