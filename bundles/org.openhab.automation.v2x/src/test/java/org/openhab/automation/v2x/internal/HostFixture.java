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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.automation.v2x.internal.handler.ItemStateChangeRouter;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.ModuleDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.openhab.v2x.host.HostListener;
import org.openhab.v2x.host.OpenhabHost;

/**
 * The test host with the V2X module handler factory, a hand-moved clock, the usual site items and a recorder of
 * every item command. A rule runs when {@code GridPower} is updated; {@link #run} waits for that run to finish
 * (the rule's last action commands the {@code Tick} item).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class HostFixture implements AutoCloseable {

    static final String RULE = "v2x-rule";
    static final Instant START = Instant.parse("2026-06-01T12:00:00Z");

    final OpenhabHost host = new OpenhabHost();
    final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    final V2xModuleHandlerFactory factory;
    final ItemStateChangeRouter itemChanges = new ItemStateChangeRouter();
    /** Every command in order, as "Item=command". */
    final List<String> commands = new ArrayList<>();
    private final Semaphore ticks = new Semaphore(0);

    HostFixture() {
        item("GridPower", "Number:Power", "0 W");
        item("PvPower", "Number:Power", "0 W");
        item("HomeLoad", "Number:Power", "3000 W");
        item("CarSoc", "Number:Dimensionless", "60 %");
        item("ChargerPower", "Number:Power", "0 W");
        item("Setpoint", "Number:Power", null);
        item("CarPresent", "Switch", "ON");
        item("V2xMode", "String", null);
        item("GridOk", "Switch", "ON");
        item("Departure", "DateTime", null);
        item("Load1", "Switch", "ON");
        item("Load2", "Switch", "ON");
        item("Load3", "Switch", "ON");
        item("Tick", "String", null);
        host.addListener(new HostListener() {
            @Override
            public void itemCommanded(String itemName, Command command) {
                if ("Tick".equals(itemName)) {
                    ticks.release();
                } else {
                    synchronized (commands) {
                        commands.add(itemName + "=" + command);
                    }
                }
            }
        });
        try {
            // the module types openHAB reads from the bundle: unknown types and bad configurations are refused
            host.addModuleTypes(java.util.Objects.requireNonNull(
                    HostFixture.class.getResource("/OH-INF/automation/moduletypes/v2x.json")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // openHAB's regional time zone, set here as a user would; the clock's own zone plays no part
        host.setTimeZone(ZoneOffset.UTC);
        host.addEventSubscriber(itemChanges);
        factory = new V2xModuleHandlerFactory(host.itemRegistry(), host.eventPublisher(), host.timeZoneProvider(),
                itemChanges);
        factory.setClock(clock);
        factory.setPersistenceServiceRegistry(host.persistence());
        host.addModuleHandlerFactory(factory);
    }

    void item(String name, String type, @Nullable String state) {
        ItemDefinition definition = new ItemDefinition();
        definition.name = name;
        definition.type = type;
        definition.state = state;
        host.addItem(definition);
    }

    /** Site configuration shared by the tests: every item set, reserve 30 %, capacity 60 kWh, no grid bias. */
    static Map<String, Object> siteConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("gridPowerItem", "GridPower");
        config.put("pvPowerItem", "PvPower");
        config.put("homeLoadItem", "HomeLoad");
        config.put("socItem", "CarSoc");
        config.put("chargerPowerItem", "ChargerPower");
        config.put("setpointItem", "Setpoint");
        config.put("carPresentItem", "CarPresent");
        config.put("capacity", 60);
        config.put("reserveSoc", 30);
        config.put("gridBias", 0);
        return config;
    }

    static ModuleDefinition module(String type, Map<String, Object> config) {
        ModuleDefinition module = new ModuleDefinition();
        module.type = type;
        module.config = config;
        return module;
    }

    /** Adds the rule: triggered by GridPower updates, the given actions, then the Tick marker. */
    void rule(ModuleDefinition... actions) {
        RuleDefinition rule = new RuleDefinition();
        rule.uid = RULE;
        rule.triggers.add(module("core.ItemStateUpdateTrigger", Map.of("itemName", "GridPower")));
        rule.actions.addAll(List.of(actions));
        rule.actions.add(module("core.ItemCommandAction", Map.of("itemName", "Tick", "command", "done")));
        host.addRule(rule);
    }

    void set(String item, String state) {
        host.postUpdate(item, org.openhab.v2x.host.internal.StateParser.parse(typeOf(item), state));
    }

    /** Updates the grid power (which runs the rule) and waits for the run to end. */
    void run(String gridPower) {
        set("GridPower", gridPower);
        try {
            assertTrue(ticks.tryAcquire(5, TimeUnit.SECONDS), "rule did not run; status " + host.ruleStatus(RULE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    List<String> commandsAndClear() {
        synchronized (commands) {
            List<String> copy = List.copyOf(commands);
            commands.clear();
            return copy;
        }
    }

    /** The setpoint item's state in W, or null if never commanded. */
    @Nullable
    Double setpointW() {
        if (host.getItemState("Setpoint") instanceof QuantityType<?> quantity) {
            QuantityType<?> watts = quantity.toUnit(Units.WATT);
            return watts == null ? null : watts.doubleValue();
        }
        return null;
    }

    private String typeOf(String item) {
        return host.itemRegistry().get(item) instanceof org.openhab.core.items.Item found ? found.getType() : "String";
    }

    @Override
    public void close() {
        host.close();
    }
}
