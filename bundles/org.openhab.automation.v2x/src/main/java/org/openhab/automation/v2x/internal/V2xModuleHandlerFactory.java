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

import static org.openhab.automation.v2x.internal.V2xAutomationConstants.*;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.handler.ControllerSlots;
import org.openhab.automation.v2x.internal.handler.GridOutageTriggerHandler;
import org.openhab.automation.v2x.internal.handler.ItemStateChangeRouter;
import org.openhab.automation.v2x.internal.handler.OptimizeActionHandler;
import org.openhab.automation.v2x.internal.handler.OutageBackupActionHandler;
import org.openhab.automation.v2x.internal.handler.PersistenceHistory;
import org.openhab.automation.v2x.internal.handler.SolarFollowActionHandler;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.BaseModuleHandlerFactory;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.persistence.PersistenceServiceRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the handlers of the V2X module types. A configuration problem is thrown from {@link #internalCreate} with
 * a message naming the parameter or item, so the rule stays UNINITIALIZED with that reason.
 * <p>
 * Local time is in the zone of openHAB's regional settings ({@link TimeZoneProvider}). Instants come from the system
 * clock, or from a {@link Clock} service registered with {@value #CLOCK_PROPERTY}={@value #SIMULATION} (the
 * sandbox's accelerated day); any other {@link Clock} service is ignored, so no unrelated bundle can move the
 * controllers' time.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ModuleHandlerFactory.class)
public final class V2xModuleHandlerFactory extends BaseModuleHandlerFactory {

    /** The service property that marks a {@link Clock} service as the time to run the controllers on. */
    public static final String CLOCK_PROPERTY = "v2x.clock";
    public static final String SIMULATION = "simulation";
    static final String CLOCK_TARGET = "(" + CLOCK_PROPERTY + "=" + SIMULATION + ")";

    private static final List<String> TYPES = List.of(SOLAR_FOLLOW_ACTION, OUTAGE_BACKUP_ACTION, OPTIMIZE_ACTION,
            GRID_OUTAGE_TRIGGER);

    private final Logger logger = LoggerFactory.getLogger(V2xModuleHandlerFactory.class);
    private final ItemRegistry itemRegistry;
    private final TimeZoneProvider timeZoneProvider;
    private final ItemStateChangeRouter itemChanges;
    private final ControllerSlots slots;
    private volatile @Nullable Clock simulationClock;
    private volatile @Nullable PersistenceServiceRegistry persistence;

    @Activate
    public V2xModuleHandlerFactory(@Reference ItemRegistry itemRegistry, @Reference EventPublisher eventPublisher,
            @Reference TimeZoneProvider timeZoneProvider, @Reference ItemStateChangeRouter itemChanges) {
        this.itemRegistry = itemRegistry;
        this.timeZoneProvider = timeZoneProvider;
        this.itemChanges = itemChanges;
        this.slots = new ControllerSlots(itemRegistry, eventPublisher, this::clock,
                serviceId -> new PersistenceHistory(() -> persistence, serviceId, timeZoneProvider::getTimeZone));
    }

    @Override
    @Deactivate
    protected void deactivate() {
        super.deactivate();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, target = CLOCK_TARGET)
    protected void setClock(Clock clock) {
        this.simulationClock = clock;
    }

    protected void unsetClock(Clock clock) {
        if (this.simulationClock == clock) {
            this.simulationClock = null;
        }
    }

    /** openHAB's persistence services, for prices and forecasts ahead and the load's history; optional. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setPersistenceServiceRegistry(PersistenceServiceRegistry registry) {
        this.persistence = registry;
    }

    public void unsetPersistenceServiceRegistry(PersistenceServiceRegistry registry) {
        if (this.persistence == registry) {
            this.persistence = null;
        }
    }

    /** The clock the controllers run on, in openHAB's time zone as it is set now. */
    Clock clock() {
        Clock simulation = simulationClock;
        return new RegionalClock(simulation != null ? simulation : Clock.systemUTC(), timeZoneProvider.getTimeZone());
    }

    @Override
    public Collection<String> getTypes() {
        return TYPES;
    }

    @Override
    protected @Nullable ModuleHandler internalCreate(Module module, String ruleUID) {
        try {
            return switch (module.getTypeUID()) {
                case SOLAR_FOLLOW_ACTION -> module instanceof Action action
                        ? new SolarFollowActionHandler(action, ruleUID, slots)
                        : null;
                case OUTAGE_BACKUP_ACTION -> module instanceof Action action
                        ? new OutageBackupActionHandler(action, ruleUID, slots)
                        : null;
                case OPTIMIZE_ACTION -> module instanceof Action action
                        ? new OptimizeActionHandler(action, ruleUID, slots)
                        : null;
                case GRID_OUTAGE_TRIGGER -> module instanceof Trigger trigger
                        ? new GridOutageTriggerHandler(trigger, ruleUID, itemRegistry, itemChanges)
                        : null;
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            logger.warn("Rule {}: module '{}' ({}) is not configured correctly: {}", ruleUID, module.getId(),
                    module.getTypeUID(), e.getMessage());
            throw new IllegalArgumentException(module.getTypeUID() + ": " + e.getMessage(), e);
        }
    }
}
