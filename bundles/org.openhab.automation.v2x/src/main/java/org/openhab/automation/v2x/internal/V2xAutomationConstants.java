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
package org.openhab.automation.v2x.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Module type UIDs and configuration parameter names of the V2X automation modules.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class V2xAutomationConstants {

    public static final String SOLAR_FOLLOW_ACTION = "v2x.SolarFollow";
    public static final String OUTAGE_BACKUP_ACTION = "v2x.OutageBackup";
    public static final String GRID_OUTAGE_TRIGGER = "v2x.GridOutage";
    public static final String OPTIMIZE_ACTION = "v2x.Optimize";

    // items
    public static final String GRID_POWER_ITEM = "gridPowerItem";
    public static final String PV_POWER_ITEM = "pvPowerItem";
    public static final String HOME_LOAD_ITEM = "homeLoadItem";
    public static final String SOC_ITEM = "socItem";
    public static final String CHARGER_POWER_ITEM = "chargerPowerItem";
    public static final String SETPOINT_ITEM = "setpointItem";
    public static final String CAR_PRESENT_ITEM = "carPresentItem";
    public static final String MODE_ITEM = "modeItem";
    public static final String GRID_AVAILABLE_ITEM = "gridAvailableItem";
    public static final String GRID_VOLTAGE_ITEM = "gridVoltageItem";
    public static final String DEPARTURE_ITEM = "departureItem";
    public static final String LOAD_SHEDDING_ITEMS = "loadSheddingItems";

    // parameters
    public static final String MODE = "mode";
    public static final String RESERVE_SOC = "reserveSoc";
    public static final String TARGET_SOC = "targetSoc";
    public static final String RESERVE_MARGIN = "reserveMargin";
    public static final String V2H_MIN_SOC = "v2hMinSoc";
    public static final String SOLAR_MAX_SOC = "solarMaxSoc";
    public static final String MIN_SOLAR_SHARE = "minSolarShare";
    public static final String CAPACITY = "capacity";
    public static final String MIN_CHARGE_POWER = "minChargePower";
    public static final String MAX_CHARGE_POWER = "maxChargePower";
    public static final String MIN_DISCHARGE_POWER = "minDischargePower";
    public static final String MAX_DISCHARGE_POWER = "maxDischargePower";
    public static final String CHARGE_EFFICIENCY = "chargeEfficiency";
    public static final String DISCHARGE_EFFICIENCY = "dischargeEfficiency";
    public static final String GRID_BIAS = "gridBias";
    public static final String POWER_HYSTERESIS = "powerHysteresis";
    public static final String MIN_ON_TIME = "minOnTime";
    public static final String MIN_OFF_TIME = "minOffTime";
    public static final String DEADBAND = "deadband";
    public static final String WRITE_INTERVAL = "writeInterval";
    public static final String DEPARTURE_MARGIN = "departureMargin";
    public static final String V2H_WINDOW = "v2hWindow";
    public static final String DAILY_DISCHARGE_BUDGET = "dailyDischargeBudget";
    public static final String ALLOW_GRID_EXPORT = "allowGridExport";
    public static final String RECHARGE_AFTER_OUTAGE = "rechargeAfterOutage";
    public static final String LOAD_SHEDDING_THRESHOLDS = "loadSheddingThresholds";
    public static final String SHED_RESTORE_HYSTERESIS = "shedRestoreHysteresis";
    public static final String MIN_GRID_VOLTAGE = "minGridVoltage";

    // v2x.Optimize
    public static final String IMPORT_PRICE_ITEM = "importPriceItem";
    public static final String EXPORT_PRICE_ITEM = "exportPriceItem";
    public static final String IMPORT_PRICE = "importPrice";
    public static final String EXPORT_PRICE = "exportPrice";
    public static final String PV_FORECAST_ITEM = "pvForecastItem";
    public static final String PERSISTENCE_SERVICE = "persistenceService";
    public static final String WEAR_COST = "wearCost";
    public static final String PRIORITY = "priority";
    public static final String PRIORITY_ITEM = "priorityItem";
    public static final String OUTAGE_WARNING_ITEM = "outageWarningItem";
    public static final String PLANNED_OUTAGE_ITEM = "plannedOutageItem";
    public static final String BACKUP_HOURS = "backupHours";
    public static final String CRITICAL_LOAD_ITEM = "criticalLoadItem";
    public static final String CRITICAL_LOAD = "criticalLoad";
    public static final String BACKUP_HOURS_ITEM = "backupHoursItem";
    public static final String RANGE_ITEM = "rangeItem";
    public static final String CONSUMPTION = "consumption";
    public static final String PLANNED_POWER_ITEM = "plannedPowerItem";
    public static final String PLANNED_SOC_ITEM = "plannedSocItem";

    /** Spacing of the default load-shedding thresholds: the last listed load sheds below this, the one before below twice this, ... */
    public static final double DEFAULT_SHED_STEP_KWH = 2;
    public static final double DEFAULT_MIN_GRID_VOLTAGE = 180;

    private V2xAutomationConstants() {
    }
}
