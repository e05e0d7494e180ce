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

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ControlMode;
import org.openhab.automation.v2x.internal.control.LoadShedRule;
import org.openhab.automation.v2x.internal.control.TimeWindow;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;

/**
 * The validated configuration of one {@code v2x.SolarFollow} or {@code v2x.OutageBackup} action: its items and
 * controller settings. {@link #parse} throws an {@link IllegalArgumentException} naming the first wrong parameter or
 * item, which leaves the rule uninitialized with that message.
 *
 * @param kind which action this configures
 * @param items the items read and commanded
 * @param settings controller settings (for an action alone; {@link #combinedWith} merges two actions)
 * @param capacityKwh usable battery capacity
 * @param minGridVoltage grid voltage at or above which the grid counts as available
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
record V2xActionConfig(ActionKind kind, SiteItems items, V2xSettings settings, double capacityKwh,
        double minGridVoltage) {

    private static final Set<String> POWER_TYPES = Set.of("Number", "Number:Power");
    private static final Set<String> SOC_TYPES = Set.of("Number", "Number:Dimensionless", "Dimmer");
    private static final Set<String> SWITCH_TYPES = Set.of("Switch");
    private static final Set<String> VOLTAGE_TYPES = Set.of("Number", "Number:ElectricPotential");
    private static final Set<String> STRING_TYPES = Set.of("String");
    private static final Set<String> DATE_TYPES = Set.of("DateTime");

    /** The two rule actions; both drive the same controller when they command the same setpoint item. */
    enum ActionKind {
        SOLAR_FOLLOW,
        OUTAGE_BACKUP
    }

    static V2xActionConfig parse(ActionKind kind, Configuration configuration, ItemRegistry registry, ZoneId zone) {
        ConfigReader config = new ConfigReader(configuration);
        ItemChecker check = new ItemChecker(config, registry);
        boolean solar = kind == ActionKind.SOLAR_FOLLOW;
        List<String> shedItems = config.list(LOAD_SHEDDING_ITEMS);
        for (String name : shedItems) {
            check.item(LOAD_SHEDDING_ITEMS, name, SWITCH_TYPES);
        }
        SiteItems items = new SiteItems(check.item(GRID_POWER_ITEM, solar, POWER_TYPES),
                check.item(PV_POWER_ITEM, false, POWER_TYPES), check.item(HOME_LOAD_ITEM, false, POWER_TYPES),
                check.required(SOC_ITEM, SOC_TYPES), check.item(CHARGER_POWER_ITEM, solar, POWER_TYPES),
                check.required(SETPOINT_ITEM, POWER_TYPES), check.item(CAR_PRESENT_ITEM, false, SWITCH_TYPES),
                check.item(MODE_ITEM, false, STRING_TYPES), check.item(GRID_AVAILABLE_ITEM, false, SWITCH_TYPES),
                check.item(GRID_VOLTAGE_ITEM, false, VOLTAGE_TYPES), check.item(DEPARTURE_ITEM, false, DATE_TYPES),
                solar ? List.of() : shedItems);
        if (!solar && !items.gridMonitored()) {
            throw new IllegalArgumentException("Outage backup needs '" + GRID_AVAILABLE_ITEM + "' (a Switch, ON = grid"
                    + " present) or '" + GRID_VOLTAGE_ITEM + "' to see an outage");
        }
        if (items.gridAvailable() != null && items.gridVoltage() != null) {
            throw new IllegalArgumentException(
                    "Set either '" + GRID_AVAILABLE_ITEM + "' or '" + GRID_VOLTAGE_ITEM + "', not both");
        }
        double capacity = config.number(CAPACITY, 60);
        if (!(capacity > 0 && capacity < 1e4)) {
            throw new IllegalArgumentException("Parameter '" + CAPACITY + "' must be above 0 kWh: " + capacity);
        }
        String modeText = config.text(MODE);
        ControlMode mode = solar ? (modeText == null ? ControlMode.SOLAR : ControlMode.fromId(modeText))
                : ControlMode.BACKUP_ONLY;
        V2xSettings.Builder settings = V2xSettings.builder().mode(mode).zone(zone)
                .reserveSocPct(config.number(RESERVE_SOC, 30)).targetSocPct(config.number(TARGET_SOC, 80))
                .reserveMarginPct(config.number(RESERVE_MARGIN, 2)).v2hMinSocPct(config.number(V2H_MIN_SOC))
                .solarMaxSocPct(config.number(SOLAR_MAX_SOC, 100)).minSolarSharePct(config.number(MIN_SOLAR_SHARE, 30))
                .chargePower(config.number(MIN_CHARGE_POWER, 1400), config.number(MAX_CHARGE_POWER, 7400))
                .dischargePower(config.number(MIN_DISCHARGE_POWER, 1400), config.number(MAX_DISCHARGE_POWER, 7400))
                .efficiencies(config.number(CHARGE_EFFICIENCY, 0.92), config.number(DISCHARGE_EFFICIENCY, 0.92))
                .gridBiasW(config.number(GRID_BIAS, 50)).powerHysteresisW(config.number(POWER_HYSTERESIS, 200))
                .minOnOffTimes(seconds(config, MIN_ON_TIME, 120), seconds(config, MIN_OFF_TIME, 60))
                .deadbandW(config.number(DEADBAND, 100)).minWriteInterval(seconds(config, WRITE_INTERVAL, 30))
                .departureMargin(Duration.ofSeconds(Math.round(config.number(DEPARTURE_MARGIN, 15) * 60)))
                .allowGridExport(config.bool(ALLOW_GRID_EXPORT, false)).outageBackup(!solar)
                .rechargeAfterOutage(config.bool(RECHARGE_AFTER_OUTAGE, true))
                .shedRestoreHysteresisKwh(config.number(SHED_RESTORE_HYSTERESIS, 0.5))
                .loadShedding(solar ? List.of() : shedRules(config, shedItems));
        String window = config.text(V2H_WINDOW);
        if (window != null) {
            settings.v2hWindow(TimeWindow.parse(window));
        }
        Double budget = config.number(DAILY_DISCHARGE_BUDGET);
        if (budget != null) {
            settings.dailyDischargeBudgetKwh(budget);
        }
        double minVoltage = config.number(MIN_GRID_VOLTAGE, DEFAULT_MIN_GRID_VOLTAGE);
        return new V2xActionConfig(kind, items, settings.build(), capacity, minVoltage);
    }

    /**
     * The configuration of a solar follow action that shares its controller with an outage backup action: its own
     * settings, with outage backup on and the grid state, load shedding and recharge settings of the backup action.
     */
    V2xActionConfig combinedWith(V2xActionConfig backup) {
        V2xSettings merged = settings.toBuilder().outageBackup(true)
                .rechargeAfterOutage(backup.settings.rechargeAfterOutage())
                .loadShedding(backup.settings.loadShedding())
                .shedRestoreHysteresisKwh(backup.settings.shedRestoreHysteresisKwh()).build();
        return new V2xActionConfig(kind, items.withOutageItems(backup.items), merged, capacityKwh,
                backup.minGridVoltage);
    }

    /** The shared controller is keyed by the setpoint item: actions commanding different chargers stay apart. */
    String controllerKey() {
        return items.setpoint();
    }

    private static List<LoadShedRule> shedRules(ConfigReader config, List<String> names) {
        List<String> thresholds = config.list(LOAD_SHEDDING_THRESHOLDS);
        if (!thresholds.isEmpty() && thresholds.size() != names.size()) {
            throw new IllegalArgumentException("'" + LOAD_SHEDDING_THRESHOLDS + "' needs one kWh value per item of '"
                    + LOAD_SHEDDING_ITEMS + "' (" + names.size() + "), got " + thresholds.size());
        }
        List<LoadShedRule> rules = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double kwh;
            if (thresholds.isEmpty()) {
                kwh = (names.size() - i) * DEFAULT_SHED_STEP_KWH;
            } else {
                try {
                    kwh = Double.parseDouble(thresholds.get(i));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "'" + LOAD_SHEDDING_THRESHOLDS + "' must list kWh numbers: '" + thresholds.get(i) + "'");
                }
            }
            rules.add(LoadShedRule.belowKwh(names.get(i), kwh));
        }
        return rules;
    }

    private static Duration seconds(ConfigReader config, String name, double defaultSeconds) {
        double value = config.number(name, defaultSeconds);
        if (value < 0) {
            throw new IllegalArgumentException("Parameter '" + name + "' must not be negative: " + value);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    /** Checks that configured items exist and have a type the action can read. */
    private static final class ItemChecker {
        private final ConfigReader config;
        private final ItemRegistry registry;

        ItemChecker(ConfigReader config, ItemRegistry registry) {
            this.config = config;
            this.registry = registry;
        }

        String required(String parameter, Set<String> types) {
            String name = item(parameter, true, types);
            if (name == null) {
                throw new IllegalStateException(parameter);
            }
            return name;
        }

        @Nullable
        String item(String parameter, boolean required, Set<String> types) {
            String name = config.text(parameter);
            if (name == null) {
                if (required) {
                    throw new IllegalArgumentException("Parameter '" + parameter + "' (an item name) is required");
                }
                return null;
            }
            return item(parameter, name, types);
        }

        String item(String parameter, String name, Set<String> types) {
            Item item;
            try {
                item = registry.getItem(name);
            } catch (ItemNotFoundException e) {
                throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' does not exist");
            }
            String type = item.getType();
            if (!types.contains(type)) {
                throw new IllegalArgumentException("Item '" + name + "' of parameter '" + parameter + "' is a " + type
                        + "; expected " + String.join(" or ", types.stream().sorted().toList()));
            }
            return name;
        }
    }
}
