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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.handler.ActionHandler;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.ModuleDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.host.internal.StateParser;

/**
 * The {@code v2x.GridOutage} trigger in the test host, polling every 0.1 s. A recording action stores the trigger
 * outputs of every rule run as "event/gridAvailable". The factory reads items through a registry that counts the
 * reads, so the tests wait for polls instead of guessing times, and can see that polling stops.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class GridOutageTriggerTest {

    private static final String RULE = "grid-outage-rule";
    private static final String RECORD = "test.RecordOutputs";
    private static final double POLL_SECONDS = 0.1;
    private static final long TIMEOUT_MS = 5000;

    private final OpenhabHost host = new OpenhabHost();
    private final ReadCounter reads = new ReadCounter(host.itemRegistry());
    private final V2xModuleHandlerFactory factory = new V2xModuleHandlerFactory(reads.registry(),
            host.eventPublisher());
    private final List<String> firings = new ArrayList<>();

    GridOutageTriggerTest() {
        item("GridOk", "Switch", "ON");
        item("GridVoltage", "Number:ElectricPotential", "230 V");
        item("GridVoltagePlain", "Number", "230");
        item("GridPower", "Number:Power", "0 W");
        try {
            // openHAB knows module types from their JSON: the add-on's and this test's recording action
            host.addModuleTypes(resource("/OH-INF/automation/moduletypes/v2x.json"));
            host.addModuleTypes(resource("/test-moduletypes.json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        host.addModuleHandlerFactory(factory);
        host.addModuleHandlerFactory(new RecordingFactory());
    }

    private static java.net.URL resource(String path) {
        return java.util.Objects.requireNonNull(GridOutageTriggerTest.class.getResource(path), path);
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void switchFiresLostOnceAndRestoredOnce() {
        rule(switchTrigger());
        assertEquals("IDLE", host.ruleStatus(RULE));
        settle("GridOk");
        assertEquals(List.of(), firings(), "grid present at start: nothing to report");

        set("GridOk", "OFF");
        settle("GridOk");
        assertEquals(List.of("LOST/OFF"), firings());
        settle("GridOk", 5);
        assertEquals(List.of("LOST/OFF"), firings(), "the outage is reported once, not at every poll");

        set("GridOk", "ON");
        settle("GridOk");
        settle("GridOk", 5);
        assertEquals(List.of("LOST/OFF", "RESTORED/ON"), firings());

        set("GridOk", "OFF");
        settle("GridOk");
        assertEquals(List.of("LOST/OFF", "RESTORED/ON", "LOST/OFF"), firings(), "a second outage is reported again");
    }

    @Test
    void gridAlreadyLostAtStartFiresLost() {
        set("GridOk", "OFF");
        rule(switchTrigger());
        settle("GridOk", 3);
        assertEquals(List.of("LOST/OFF"), firings());
    }

    @Test
    void voltageBelowTheMinimumIsAnOutage() {
        Map<String, Object> config = voltageTrigger("GridVoltage");
        config.put("minGridVoltage", 200);
        rule(config);
        assertEquals("IDLE", host.ruleStatus(RULE));
        settle("GridVoltage");
        assertEquals(List.of(), firings());

        set("GridVoltage", "200 V");
        settle("GridVoltage");
        assertEquals(List.of(), firings(), "at the minimum the grid is still present");

        set("GridVoltage", "199.5 V");
        settle("GridVoltage");
        set("GridVoltage", "0 V");
        settle("GridVoltage", 3);
        assertEquals(List.of("LOST/OFF"), firings(), "one outage, however low the voltage goes");

        set("GridVoltage", "0.231 kV");
        settle("GridVoltage", 3);
        assertEquals(List.of("LOST/OFF", "RESTORED/ON"), firings(), "kV is converted to V");
    }

    @Test
    void voltageUsesTheDefaultMinimumAndPlainNumbersInVolts() {
        rule(voltageTrigger("GridVoltagePlain"));
        settle("GridVoltagePlain");
        set("GridVoltagePlain", "185");
        settle("GridVoltagePlain");
        assertEquals(List.of(), firings(), "185 V is above the default minimum of 180 V");
        set("GridVoltagePlain", "179");
        settle("GridVoltagePlain");
        assertEquals(List.of("LOST/OFF"), firings());
    }

    @Test
    void unknownSwitchStateFiresNothing() {
        set("GridOk", "NULL");
        rule(switchTrigger());
        settle("GridOk", 3);
        set("GridOk", "UNDEF");
        settle("GridOk", 3);
        assertEquals(List.of(), firings(), "an unknown grid state is no outage");

        set("GridOk", "ON");
        settle("GridOk");
        set("GridOk", "UNDEF");
        settle("GridOk", 3);
        set("GridOk", "NULL");
        settle("GridOk", 3);
        set("GridOk", "ON");
        settle("GridOk");
        assertEquals(List.of(), firings(), "ON, unknown, ON again: the grid never went away");

        set("GridOk", "UNDEF");
        settle("GridOk");
        set("GridOk", "OFF");
        settle("GridOk");
        assertEquals(List.of("LOST/OFF"), firings(), "a real OFF after an unknown state is an outage");
        set("GridOk", "UNDEF");
        settle("GridOk");
        set("GridOk", "ON");
        settle("GridOk");
        assertEquals(List.of("LOST/OFF", "RESTORED/ON"), firings());
    }

    @Test
    void unknownVoltageFiresNothing() {
        set("GridVoltage", "UNDEF");
        rule(voltageTrigger("GridVoltage"));
        settle("GridVoltage", 3);
        set("GridVoltage", "230 V");
        settle("GridVoltage");
        set("GridVoltage", "NULL");
        settle("GridVoltage", 3);
        set("GridVoltage", "UNDEF");
        settle("GridVoltage", 3);
        assertEquals(List.of(), firings());
        set("GridVoltage", "10 V");
        settle("GridVoltage");
        assertEquals(List.of("LOST/OFF"), firings());
    }

    @Test
    void missingItemIsNamedInTheRuleStatus() {
        Map<String, Object> config = switchTrigger();
        config.put("gridAvailableItem", "NoSuchGrid");
        rule(config);
        String status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("NoSuchGrid") && status.contains("gridAvailableItem"), status);

        rule(voltageTrigger("NoSuchVoltage"));
        status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("NoSuchVoltage") && status.contains("gridVoltageItem"), status);
    }

    @Test
    void wrongItemTypeIsNamedInTheRuleStatus() {
        Map<String, Object> config = switchTrigger();
        config.put("gridAvailableItem", "GridVoltage");
        rule(config);
        String status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("GridVoltage") && status.contains("Switch"), status);

        rule(voltageTrigger("GridPower"));
        status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("GridPower") && status.contains("Number:Power"), status);

        rule(voltageTrigger("GridOk"));
        status = host.ruleStatus(RULE);
        assertTrue(status.contains("GridOk") && status.contains("gridVoltageItem"), status);
    }

    @Test
    void exactlyOneGridItemAndAUsablePollIntervalAreRequired() {
        Map<String, Object> both = switchTrigger();
        both.put("gridVoltageItem", "GridVoltage");
        rule(both);
        assertTrue(host.ruleStatus(RULE).contains("gridAvailableItem")
                && host.ruleStatus(RULE).contains("gridVoltageItem"), host.ruleStatus(RULE));

        rule(new LinkedHashMap<>(Map.of("pollInterval", POLL_SECONDS)));
        assertTrue(host.ruleStatus(RULE).startsWith("UNINITIALIZED")
                && host.ruleStatus(RULE).contains("gridAvailableItem"), host.ruleStatus(RULE));

        Map<String, Object> fast = switchTrigger();
        fast.put("pollInterval", 0);
        rule(fast);
        assertTrue(host.ruleStatus(RULE).contains("pollInterval"), host.ruleStatus(RULE));
    }

    @Test
    void removingTheRuleStopsThePolling() {
        rule(switchTrigger());
        settle("GridOk");

        RuleDefinition replacement = new RuleDefinition();
        replacement.uid = RULE;
        replacement.triggers.add(HostFixture.module("core.ItemStateUpdateTrigger", Map.of("itemName", "GridPower")));
        replacement.actions.add(HostFixture.module(RECORD, Map.of()));
        host.addRule(replacement);
        assertEquals("IDLE", host.ruleStatus(RULE));

        assertNoMorePolling("GridOk");
    }

    @Test
    void removingTheHandlerFactoryStopsThePolling() {
        rule(switchTrigger());
        settle("GridOk");
        host.removeModuleHandlerFactory(factory);
        assertTrue(host.ruleStatus(RULE).startsWith("UNINITIALIZED"), host.ruleStatus(RULE));

        assertNoMorePolling("GridOk");
    }

    @Test
    void aFailedReadDoesNotEndThePolling() {
        rule(switchTrigger());
        settle("GridOk");
        reads.failNextRead("GridOk");
        settle("GridOk", 1);
        set("GridOk", "OFF");
        settle("GridOk");
        assertEquals(List.of("LOST/OFF"), firings(), "one failed read must not stop the outage detection");
    }

    /** After the trigger's handler is gone: no read of the item any more and no firing on an outage. */
    private void assertNoMorePolling(String itemName) {
        // a poll that was already running when the handler was disposed may still finish
        sleep(3 * pollMillis());
        int readsAfterRemoval = reads.of(itemName);
        set(itemName, "OFF");
        sleep(10 * pollMillis());
        assertEquals(readsAfterRemoval, reads.of(itemName), "the trigger still polls after it was disposed");
        assertEquals(List.of(), firings(), "the outage after the removal fired the rule");
    }

    private static Map<String, Object> switchTrigger() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("gridAvailableItem", "GridOk");
        config.put("pollInterval", POLL_SECONDS);
        return config;
    }

    private static Map<String, Object> voltageTrigger(String itemName) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("gridVoltageItem", itemName);
        config.put("pollInterval", POLL_SECONDS);
        return config;
    }

    /** Adds (or replaces) the rule: the grid outage trigger, then the recording action. */
    private void rule(Map<String, Object> triggerConfig) {
        RuleDefinition rule = new RuleDefinition();
        rule.uid = RULE;
        ModuleDefinition trigger = HostFixture.module("v2x.GridOutage", triggerConfig);
        trigger.id = "outage";
        rule.triggers.add(trigger);
        // openHAB hands trigger outputs to an action through its connected inputs, never as bare keys
        ModuleDefinition record = HostFixture.module(RECORD, Map.of());
        record.inputs.put("event", "outage.event");
        record.inputs.put("gridAvailable", "outage.gridAvailable");
        rule.actions.add(record);
        host.addRule(rule);
    }

    private void item(String name, String type, String state) {
        ItemDefinition definition = new ItemDefinition();
        definition.name = name;
        definition.type = type;
        definition.state = state;
        host.addItem(definition);
    }

    private void set(String itemName, String state) {
        String type = host.itemRegistry().get(itemName) instanceof Item item ? item.getType() : "String";
        host.postUpdate(itemName, StateParser.parse(type, state));
    }

    private void settle(String itemName) {
        settle(itemName, 2);
    }

    /**
     * Waits until the trigger has read the item {@code polls} more times. Polls and rule runs share the host's one
     * rule thread and a firing is queued before the next poll is due, so after the second read every firing caused
     * by an earlier change has been recorded.
     */
    private void settle(String itemName, int polls) {
        int target = reads.of(itemName) + polls;
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (reads.of(itemName) < target) {
            if (System.currentTimeMillis() > deadline) {
                fail("the trigger did not read " + itemName + " " + polls + " times within " + TIMEOUT_MS
                        + " ms; rule status " + host.ruleStatus(RULE));
            }
            sleep(10);
        }
    }

    private List<String> firings() {
        synchronized (firings) {
            return List.copyOf(firings);
        }
    }

    private static long pollMillis() {
        return Math.round(POLL_SECONDS * 1000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Serves the recording action: each run stores the trigger outputs from the rule context. */
    private final class RecordingFactory implements ModuleHandlerFactory {
        @Override
        public Collection<String> getTypes() {
            return List.of(RECORD);
        }

        @Override
        public ModuleHandler getHandler(Module module, String ruleUID) {
            return new ActionHandler() {
                @Override
                public @Nullable Map<String, Object> execute(Map<String, Object> context) {
                    synchronized (firings) {
                        firings.add(context.get("event") + "/" + context.get("gridAvailable"));
                    }
                    return null;
                }

                @Override
                public void setCallback(ModuleHandlerCallback callback) {
                }

                @Override
                public void dispose() {
                }
            };
        }

        @Override
        public void ungetHandler(Module module, String ruleUID, ModuleHandler handler) {
        }
    }

    /** An item registry that counts {@code getItem} calls per item name and otherwise is the host's registry. */
    private static final class ReadCounter implements InvocationHandler {
        private final ItemRegistry target;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private volatile @Nullable String failing;

        ReadCounter(ItemRegistry target) {
            this.target = target;
        }

        ItemRegistry registry() {
            return (ItemRegistry) Proxy.newProxyInstance(ItemRegistry.class.getClassLoader(),
                    new Class<?>[] { ItemRegistry.class }, this);
        }

        /** The next read of the item throws, as a registry going away under the trigger would. */
        void failNextRead(String itemName) {
            failing = itemName;
        }

        int of(String itemName) {
            AtomicInteger count = counts.get(itemName);
            return count == null ? 0 : count.get();
        }

        @Override
        public @Nullable Object invoke(@Nullable Object proxy, @Nullable Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            if (method == null) {
                throw new IllegalStateException("no method");
            }
            if ("getItem".equals(method.getName()) && args != null && args.length == 1
                    && args[0] instanceof String name) {
                counts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                if (name.equals(failing)) {
                    failing = null;
                    throw new IllegalStateException("item registry unavailable");
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause != null ? cause : e;
            }
        }
    }
}
