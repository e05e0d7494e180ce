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

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.control.ControlMode;
import org.openhab.automation.v2x.internal.control.Decision;
import org.openhab.automation.v2x.internal.control.Measurement;
import org.openhab.automation.v2x.internal.control.V2xController;
import org.openhab.automation.v2x.internal.control.V2xSettings;
import org.openhab.automation.v2x.internal.handler.V2xActionConfig.ActionKind;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;

/**
 * The controller of one rule and one setpoint item, with the actions that drive it: at most one solar follow and
 * one outage backup action. When both are present the solar follow action decides (with the backup action's grid
 * and load-shedding configuration merged in) and the backup action only reports the result, so each rule run makes
 * exactly one decision. Thread-safe.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class ControllerSlot {

    static final String OUTPUT_SETPOINT = "setpoint";
    static final String OUTPUT_STATE = "state";
    static final String OUTPUT_REASON = "reason";

    private static final String NO_GRID_POWER_KEY = "solar without grid power";
    private static final String OPTIMIZE_ALONE_KEY = "optimize alone";

    private final Supplier<Clock> clock;
    private final WarnOnce warnings;
    private final ItemValues values;
    private final SiteReader reader;
    private final DecisionWriter writer;
    private @Nullable V2xActionConfig solar;
    private @Nullable V2xActionConfig backup;
    private @Nullable PlanRunner optimizer;
    private @Nullable V2xController controller;
    private Map<String, Object> lastOutputs = Map.of();

    ControllerSlot(ItemValues values, WarnOnce warnings, DecisionWriter writer, Supplier<Clock> clock) {
        this.clock = clock;
        this.warnings = warnings;
        this.values = values;
        this.reader = new SiteReader(values, warnings);
        this.writer = writer;
    }

    /** @throws IllegalArgumentException when the rule already has an action of this kind for the setpoint item */
    synchronized void attach(V2xActionConfig config) {
        if ((config.kind() == ActionKind.SOLAR_FOLLOW ? solar : backup) != null) {
            throw new IllegalArgumentException("The rule has two " + config.kind() + " actions for setpoint item '"
                    + config.items().setpoint() + "'; use one per charger");
        }
        if (config.kind() == ActionKind.SOLAR_FOLLOW) {
            solar = config;
        } else {
            backup = config;
        }
    }

    /**
     * Adds the planner of a {@code v2x.Optimize} action.
     *
     * @throws IllegalArgumentException when the rule already has one for the setpoint item
     */
    synchronized void attachOptimizer(OptimizeConfig config, PlanPublisher publisher, ItemHistory history,
            ZoneId zone) {
        if (optimizer != null) {
            throw new IllegalArgumentException("The rule has two v2x.Optimize actions for setpoint item '"
                    + config.setpointItem() + "'; use one per charger");
        }
        optimizer = new PlanRunner(config, values, warnings, publisher, history, zone);
    }

    /** Removes an action; true when none is left. */
    synchronized boolean detach(ActionKind kind) {
        if (kind == ActionKind.SOLAR_FOLLOW) {
            solar = null;
        } else {
            backup = null;
        }
        return isEmpty();
    }

    /** Removes the planner (the controller follows its default rules again); true when no action is left. */
    synchronized boolean detachOptimizer() {
        PlanRunner runner = optimizer;
        if (runner != null) {
            runner.stop(controller);
        }
        optimizer = null;
        return isEmpty();
    }

    private boolean isEmpty() {
        return solar == null && backup == null && optimizer == null;
    }

    /**
     * Runs of the {@code v2x.Optimize} action: the planning itself happens in the run of the leading action, just
     * before its decision, so each rule run makes one plan check and one decision; this returns their outputs.
     */
    synchronized Map<String, Object> runOptimizer() {
        if (solar == null && backup == null) {
            PlanRunner runner = optimizer;
            warnings.warn(OPTIMIZE_ALONE_KEY, "v2x.Optimize needs a v2x.SolarFollow or v2x.OutageBackup action "
                    + "for setpoint item '" + (runner == null ? "?" : runner.config().setpointItem())
                    + "' in the same rule; nothing is planned");
            return Map.of();
        }
        warnings.resolved(OPTIMIZE_ALONE_KEY);
        return lastOutputs;
    }

    /**
     * Decides and sends the commands when {@code kind} leads this controller; otherwise returns the outputs of the
     * decision the leading action made.
     */
    synchronized Map<String, Object> run(ActionKind kind) {
        V2xActionConfig config = effectiveConfig();
        if (config == null || (kind == ActionKind.OUTAGE_BACKUP && solar != null)) {
            return lastOutputs;
        }
        Clock now = clock.get();
        V2xSettings settings = settings(config, now);
        V2xController current = controller;
        if (current == null) {
            current = new V2xController(settings);
            controller = current;
        } else if (!settings.equals(current.settings())) {
            current.updateSettings(settings);
        }
        Measurement measurement = reader.read(config, now.instant());
        PlanRunner runner = optimizer;
        if (runner != null) {
            runner.beforeDecision(current, measurement, config, settings);
        }
        Decision decision = current.decide(measurement);
        writer.apply(decision, config.items().setpoint());
        Map<String, Object> outputs = new HashMap<>();
        if (runner != null) {
            runner.afterDecision(decision.dischargedTodayKwh());
            outputs.putAll(runner.outputs(measurement.now()));
        }
        outputs.put(OUTPUT_SETPOINT, new QuantityType<>(Math.round(decision.setpointW()), Units.WATT));
        outputs.put(OUTPUT_STATE, decision.state().name());
        outputs.put(OUTPUT_REASON, decision.reason());
        lastOutputs = Map.copyOf(outputs);
        return lastOutputs;
    }

    /** Control ends (rule removed or disabled): a discharge is not left running. */
    synchronized void stop(String setpointItem) {
        V2xController current = controller;
        PlanRunner runner = optimizer;
        if (runner != null) {
            runner.stop(current);
        }
        if (current != null && current.lastWrittenW() < 0) {
            writer.setpoint(setpointItem, 0);
        }
        controller = null;
    }

    private @Nullable V2xActionConfig effectiveConfig() {
        V2xActionConfig solarConfig = solar;
        V2xActionConfig backupConfig = backup;
        if (solarConfig != null) {
            return backupConfig == null ? solarConfig : solarConfig.combinedWith(backupConfig);
        }
        return backupConfig;
    }

    private V2xSettings settings(V2xActionConfig config, Clock now) {
        V2xSettings.Builder builder = config.settings().toBuilder().zone(now.getZone());
        ControlMode mode = reader.mode(config);
        if (mode == null) {
            mode = config.settings().mode();
        }
        if (config.items().gridPower() == null && (mode == ControlMode.SOLAR || mode == ControlMode.SOLAR_V2H)) {
            warnings.warn(NO_GRID_POWER_KEY, "mode " + mode.id() + " needs a grid power item; using backup-only");
            mode = ControlMode.BACKUP_ONLY;
        }
        return builder.mode(mode).build();
    }
}
