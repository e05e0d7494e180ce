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

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ChargePlan;
import org.openhab.automation.v2x.internal.control.ChargePlanner;
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.PlanPriority;
import org.openhab.automation.v2x.internal.control.PlannerSettings;
import org.openhab.automation.v2x.internal.control.Readiness;
import org.openhab.automation.v2x.internal.control.ReplanTrigger;
import org.openhab.automation.v2x.internal.control.V2xController;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slow loop of one controller, run by the {@code v2x.Optimize} action: before each decision of the rule it
 * plans again when the plan is due (every 15 min of the rule's clock, or at once when the car is plugged in, the
 * departure or target changes, the present price changes, the priority or an outage warning changes, or the grid
 * returns) and hands the plan to the controller, whose fast loop follows it. It also reports what the car holds:
 * hours of backup at the present critical load and the driving range.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class PlanRunner {

    static final String OUTPUT_PLANNED_POWER = "plannedPower";
    static final String OUTPUT_PLANNED_SOC = "plannedSoc";
    static final String OUTPUT_BACKUP_HOURS = "backupHours";
    static final String OUTPUT_RANGE = "range";
    static final String OUTPUT_PLAN_REASON = "planReason";

    private static final String PLAN_KEY = "plan";
    private static final String PRIORITY_KEY = "priority item";

    private final Logger logger = LoggerFactory.getLogger(PlanRunner.class);
    private final OptimizeConfig config;
    private final ItemValues values;
    private final WarnOnce warnings;
    private final PlanPublisher publisher;
    private final ChargePlanner planner;
    private final ReplanTrigger trigger;
    private final PlanInputs inputs;
    private @Nullable ChargePlan plan;
    private String planReason = "";
    private double dischargedTodayWh;

    PlanRunner(OptimizeConfig config, ItemValues values, WarnOnce warnings, PlanPublisher publisher,
            ItemHistory history, ZoneId zone) {
        this.config = config;
        this.values = values;
        this.warnings = warnings;
        this.publisher = publisher;
        PlannerSettings settings = PlannerSettings.defaults().withWearCostPerKwh(config.wearCostPerKwh());
        this.planner = new ChargePlanner(settings);
        this.trigger = new ReplanTrigger(settings.replanInterval());
        this.inputs = new PlanInputs(history, (int) settings.slot().toSeconds(), zone);
    }

    OptimizeConfig config() {
        return config;
    }

    /** Plans when due and makes the controller follow the plan (or the default rules without a usable one). */
    void beforeDecision(V2xController controller, Measurement m, V2xActionConfig site, V2xSettings s) {
        Instant now = m.now();
        inputs.record(now, m.homeLoadW(), m.pvPowerW());
        Double soc = m.socPct();
        double importNow = price(config.importPriceItem(), config.importPrice());
        double exportNow = price(config.exportPriceItem(), config.exportPrice());
        Readiness readiness = readiness(m);
        long version = Objects.hash(importNow, exportNow, readiness.priority(), readiness.outageStart(),
                readiness.stormWarning());
        boolean present = m.carPresent() && soc != null;
        String reason = trigger.due(now, present, m.departure(), s.targetSocPct(), version, m.gridAvailable());
        if (!present) {
            plan = null;
            controller.followPlan(null);
        } else if (reason != null) {
            replan(controller, m, soc, site, s, readiness, importNow, exportNow, reason);
        }
        publisher.status(config, m, s, readiness.criticalLoadW());
    }

    /** Remembers what the decision reports for the next plan (today's discharge energy, for the daily budget). */
    void afterDecision(double dischargedTodayKwh) {
        dischargedTodayWh = dischargedTodayKwh * 1000;
    }

    /** The outputs of the action: the plan's present slot and what the car holds. */
    Map<String, Object> outputs(Instant now) {
        Map<String, Object> outputs = new HashMap<>(publisher.outputs());
        ChargePlan current = plan;
        int slot = current == null ? -1 : current.slotAt(now);
        if (current != null && slot >= 0) {
            outputs.put(OUTPUT_PLANNED_POWER, new QuantityType<>(Math.round(current.plannedW(slot)), Units.WATT));
            outputs.put(OUTPUT_PLANNED_SOC, new QuantityType<>(Math.round(current.socAfterPct(slot) * 10) / 10.0,
                    Units.PERCENT));
        }
        outputs.put(OUTPUT_PLAN_REASON, planReason);
        return outputs;
    }

    /** The rule stops following: the controller gets its default rules back. */
    void stop(@Nullable V2xController controller) {
        plan = null;
        if (controller != null) {
            controller.followPlan(null);
        }
    }

    private void replan(V2xController controller, Measurement m, double soc, V2xActionConfig site, V2xSettings s,
            Readiness readiness, double importNow, double exportNow, String reason) {
        Instant now = m.now();
        try {
            int n = planner.slotsFor(now, m.departure());
            SiteItems items = site.items();
            double[] load = inputs.load(items.homeLoad(), m.homeLoadW(), now, n);
            Double pvNow = m.pvPowerW();
            double[] pv = inputs.hasFuture(config.pvForecastItem(), now, n)
                    ? inputs.ahead(config.pvForecastItem(), pvNow == null ? 0 : pvNow, now, n, true)
                    : inputs.pvFromHistory(items.pvPower(), pvNow, now, n);
            double[] priceImport = inputs.ahead(config.importPriceItem(), importNow, now, n, false);
            double[] priceExport = inputs.ahead(config.exportPriceItem(), exportNow, now, n, false);
            ChargePlan newPlan = planner.plan(new ChargePlanner.Input(now, soc, site.capacityKwh(), m.departure(),
                    m.gridAvailable(), load, pv, priceImport, priceExport, dischargedTodayWh), s, readiness);
            plan = newPlan;
            planReason = reason;
            controller.followPlan(newPlan);
            trigger.planned(now);
            warnings.resolved(PLAN_KEY);
            logger.debug("V2X plan ({}): {} slots, expected cost {}", reason, n, newPlan.expectedCost());
            publisher.plan(config, newPlan);
        } catch (IllegalArgumentException e) {
            plan = null;
            controller.followPlan(null);
            warnings.warn(PLAN_KEY, "no plan: " + e.getMessage() + "; the default rules apply");
        }
    }

    private Readiness readiness(Measurement m) {
        PlanPriority priority = config.priority();
        String priorityItem = config.priorityItem();
        if (priorityItem != null) {
            String text = values.text(priorityItem);
            if (text != null && !text.isBlank()) {
                try {
                    priority = PlanPriority.fromId(text);
                    warnings.resolved(PRIORITY_KEY);
                } catch (IllegalArgumentException e) {
                    warnings.warn(PRIORITY_KEY, "item '" + priorityItem + "': " + e.getMessage());
                }
            }
        }
        String warningItem = config.outageWarningItem();
        boolean storm = warningItem != null && Boolean.TRUE.equals(values.onOff(warningItem));
        String outageItem = config.plannedOutageItem();
        Instant outageStart = outageItem == null ? null : values.instant(outageItem);
        return new Readiness(priority, outageStart, storm, config.backupHours(), criticalLoadW(m));
    }

    /** The critical load now: its item, else the home's load, else the configured value. */
    private double criticalLoadW(Measurement m) {
        String item = config.criticalLoadItem();
        Double critical = item == null ? null : values.watts(item);
        if (critical == null) {
            critical = m.homeLoadW();
        }
        return critical == null || critical < 0 ? config.criticalLoadW() : critical;
    }

    private double price(@Nullable String itemName, double fallback) {
        if (itemName == null) {
            return fallback;
        }
        Double price = values.number(itemName);
        return price == null ? fallback : price;
    }
}
