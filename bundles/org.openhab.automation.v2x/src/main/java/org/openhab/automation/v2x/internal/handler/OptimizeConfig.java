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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.PlanPriority;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;

/**
 * The validated configuration of a {@code v2x.Optimize} action. {@link #parse} throws an
 * {@link IllegalArgumentException} naming the first wrong parameter or item.
 *
 * @param setpointItem the charger's setpoint item: the plan is for the solar follow action that commands it
 * @param importPriceItem price of imported energy now, with its future values persisted (or null)
 * @param exportPriceItem price of exported energy now, with its future values persisted (or null)
 * @param importPrice import price per kWh without an item
 * @param exportPrice export price per kWh without an item
 * @param pvForecastItem PV power with its forecast persisted as future values (or null)
 * @param persistenceService the persistence service to read, or null for openHAB's default
 * @param wearCostPerKwh battery care: cost per kWh charged or discharged
 * @param priority the priority without a priority item (or while it is unset)
 * @param priorityItem String item with the priority the user sets (or null)
 * @param outageWarningItem Switch that is ON while an outage is expected (storm warning) (or null)
 * @param plannedOutageItem DateTime item with the start of a scheduled outage (or null)
 * @param backupHours hours of critical load the car holds for an outage
 * @param criticalLoadItem the critical load now (or null: the home load)
 * @param criticalLoadW critical load without an item or measurement (W)
 * @param backupHoursItem Number item that shows the hours of backup the car holds (or null)
 * @param rangeItem Number item that shows the driving range the car holds (or null)
 * @param consumptionKwhPer100Km the car's consumption, for the range
 * @param plannedPowerItem Number item that gets the planned charger power as a time series (or null)
 * @param plannedSocItem Number item that gets the planned SoC as a time series (or null)
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
record OptimizeConfig(String setpointItem, @Nullable String importPriceItem, @Nullable String exportPriceItem,
        double importPrice, double exportPrice, @Nullable String pvForecastItem, @Nullable String persistenceService,
        double wearCostPerKwh, PlanPriority priority, @Nullable String priorityItem, @Nullable String outageWarningItem,
        @Nullable String plannedOutageItem, double backupHours, @Nullable String criticalLoadItem,
        double criticalLoadW, @Nullable String backupHoursItem, @Nullable String rangeItem,
        double consumptionKwhPer100Km, @Nullable String plannedPowerItem, @Nullable String plannedSocItem) {

    private static final Set<String> NUMBER_TYPES = Set.of("Number", "Number:Power", "Number:Dimensionless",
            "Number:EnergyPrice", "Number:Currency", "Number:Time", "Number:Length");
    private static final Set<String> POWER_TYPES = Set.of("Number", "Number:Power");
    private static final Set<String> PRICE_TYPES = Set.of("Number", "Number:EnergyPrice", "Number:Currency");

    static OptimizeConfig parse(Configuration configuration, ItemRegistry registry) {
        ConfigReader config = new ConfigReader(configuration);
        String priorityText = config.text(PRIORITY);
        PlanPriority priority;
        try {
            priority = priorityText == null ? PlanPriority.BALANCED : PlanPriority.fromId(priorityText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter '" + PRIORITY + "': " + e.getMessage());
        }
        String setpoint = item(config, registry, SETPOINT_ITEM, POWER_TYPES);
        if (setpoint == null) {
            throw new IllegalArgumentException("Parameter '" + SETPOINT_ITEM + "' (an item name) is required");
        }
        return new OptimizeConfig(setpoint, item(config, registry, IMPORT_PRICE_ITEM, PRICE_TYPES),
                item(config, registry, EXPORT_PRICE_ITEM, PRICE_TYPES), config.number(IMPORT_PRICE, 0.30),
                config.number(EXPORT_PRICE, 0.08), item(config, registry, PV_FORECAST_ITEM, POWER_TYPES),
                config.text(PERSISTENCE_SERVICE), range(config, WEAR_COST, 0, 0, 10), priority,
                item(config, registry, PRIORITY_ITEM, Set.of("String")),
                item(config, registry, OUTAGE_WARNING_ITEM, Set.of("Switch")),
                item(config, registry, PLANNED_OUTAGE_ITEM, Set.of("DateTime")),
                range(config, BACKUP_HOURS, 4, 0, 168), item(config, registry, CRITICAL_LOAD_ITEM, POWER_TYPES),
                range(config, CRITICAL_LOAD, 1000, 0, 1e6), item(config, registry, BACKUP_HOURS_ITEM, NUMBER_TYPES),
                item(config, registry, RANGE_ITEM, NUMBER_TYPES), range(config, CONSUMPTION, 18, 1, 200),
                item(config, registry, PLANNED_POWER_ITEM, POWER_TYPES),
                item(config, registry, PLANNED_SOC_ITEM, NUMBER_TYPES));
    }

    private static double range(ConfigReader config, String name, double defaultValue, double min, double max) {
        double value = config.number(name, defaultValue);
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    "Parameter '" + name + "' must be within " + min + ".." + max + ": " + value);
        }
        return value;
    }

    private static @Nullable String item(ConfigReader config, ItemRegistry registry, String parameter,
            Set<String> types) {
        String name = config.text(parameter);
        if (name == null) {
            return null;
        }
        String type;
        try {
            type = registry.getItem(name).getType();
        } catch (ItemNotFoundException e) {
            throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' does not exist");
        }
        if (!types.contains(type)) {
            throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' is a " + type
                    + "; expected " + String.join(" or ", types.stream().sorted().toList()));
        }
        return name;
    }
}
