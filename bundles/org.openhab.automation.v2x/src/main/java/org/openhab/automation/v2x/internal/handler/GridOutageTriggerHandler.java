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
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code v2x.GridOutage} trigger: listens to the state changes of the grid switch or voltage item and fires
 * with {@code event} = {@code LOST} or {@code RESTORED} when the grid state changes, and with {@code LOST} when it
 * is armed while the grid is already lost. An unknown state (NULL, UNDEF) fires nothing.
 * <p>
 * The item's state is read once, when the rule arms the trigger; after that only item events drive it.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class GridOutageTriggerHandler extends BaseTriggerModuleHandler {

    public static final String OUTPUT_EVENT = "event";
    public static final String OUTPUT_GRID_AVAILABLE = "gridAvailable";
    public static final String LOST = "LOST";
    public static final String RESTORED = "RESTORED";

    private static final String ARMING = "reading the grid state at start";

    private final Logger logger = LoggerFactory.getLogger(GridOutageTriggerHandler.class);
    private final ItemStateChangeRouter itemChanges;
    private final WarnOnce warnings;
    private final ItemValues values;
    private final String itemName;
    private final boolean voltage;
    private final double minVoltage;
    private @Nullable Runnable stopListening;
    private @Nullable Boolean lastAvailable;

    /** @throws IllegalArgumentException naming the wrong parameter or item */
    public GridOutageTriggerHandler(Trigger module, String ruleUid, ItemRegistry registry,
            ItemStateChangeRouter itemChanges) {
        super(module);
        this.itemChanges = itemChanges;
        ConfigReader config = new ConfigReader(module.getConfiguration());
        String switchItem = checked(registry, config.text(GRID_AVAILABLE_ITEM), GRID_AVAILABLE_ITEM,
                Set.of("Switch"));
        String voltageItem = checked(registry, config.text(GRID_VOLTAGE_ITEM), GRID_VOLTAGE_ITEM,
                Set.of("Number", "Number:ElectricPotential"));
        if (switchItem != null && voltageItem == null) {
            itemName = switchItem;
            voltage = false;
        } else if (voltageItem != null && switchItem == null) {
            itemName = voltageItem;
            voltage = true;
        } else {
            throw new IllegalArgumentException(
                    "Set exactly one of '" + GRID_AVAILABLE_ITEM + "' and '" + GRID_VOLTAGE_ITEM + "'");
        }
        minVoltage = config.number(MIN_GRID_VOLTAGE, DEFAULT_MIN_GRID_VOLTAGE);
        warnings = new WarnOnce(ruleUid);
        values = new ItemValues(registry, warnings);
    }

    /** Arms the trigger: from now on the item's changes are followed, starting from its current state. */
    @Override
    public synchronized void setCallback(ModuleHandlerCallback callback) {
        super.setCallback(callback);
        stop();
        lastAvailable = null;
        // listen before reading, so a change between the two is not lost; the state it brings is then seen twice,
        // which fires nothing the second time
        stopListening = itemChanges.listen(itemName, this::stateChanged);
        update(currentState());
    }

    @Override
    public synchronized void dispose() {
        stop();
        super.dispose();
    }

    private synchronized void stateChanged(State newState) {
        if (stopListening != null) {
            update(gridAvailable(newState));
        }
    }

    private @Nullable Boolean currentState() {
        try {
            Boolean available = voltage ? gridAvailable(values.volts(itemName)) : values.onOff(itemName);
            warnings.resolved(ARMING);
            return available;
        } catch (RuntimeException e) {
            // the item's next change still arms the trigger, so this is not fatal
            warnings.warn(ARMING, "reading the grid state failed (" + e + "); waiting for the item's next change");
            logger.debug("Reading the grid state at start failed", e);
            return null;
        }
    }

    private void update(@Nullable Boolean available) {
        if (available == null || available.equals(lastAvailable)) {
            return;
        }
        boolean first = lastAvailable == null;
        lastAvailable = available;
        if (first && available) {
            return;
        }
        if (callback instanceof TriggerHandlerCallback triggerCallback) {
            triggerCallback.triggered(module, Map.of(OUTPUT_EVENT, available ? RESTORED : LOST, OUTPUT_GRID_AVAILABLE,
                    OnOffType.from(available)));
        }
    }

    private @Nullable Boolean gridAvailable(State state) {
        return voltage ? gridAvailable(values.volts(itemName, state)) : values.onOff(itemName, state);
    }

    private @Nullable Boolean gridAvailable(@Nullable Double volts) {
        return volts == null ? null : volts >= minVoltage;
    }

    private void stop() {
        Runnable running = stopListening;
        if (running != null) {
            running.run();
            stopListening = null;
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
