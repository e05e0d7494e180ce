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
package org.openhab.v2x.host.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.Trigger;
import org.openhab.core.automation.handler.ActionHandler;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.automation.handler.TriggerHandler;
import org.openhab.core.automation.handler.TriggerHandlerCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.Event;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostDefinition.ModuleDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rules like openHAB's rule engine, in miniature: item triggers ({@code core.ItemStateUpdateTrigger},
 * {@code core.ItemStateChangeTrigger}), the {@code core.ItemCommandAction}, and any trigger or action type served by
 * a registered {@link ModuleHandlerFactory}. As in openHAB, every module's type must be in the
 * {@link ModuleTypeRegistry} (otherwise the rule is UNINITIALIZED/INVALID_RULE), module configurations get the
 * module type's defaults and normalized types before the handlers are created and are validated against it, each
 * rule runs on its own thread, and an action sees the trigger outputs under {@code <triggerId>.<output>}, the
 * outputs of earlier actions under {@code <actionId>.<output>} and its inputs under their own names, taken from
 * the outputs they are connected to ({@code "inputs": {"input": "moduleId.output"}}). A rule whose module handlers
 * are missing waits for their factory (UNINITIALIZED/HANDLER_MISSING_ERROR).
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class RuleRunner {

    /** Receives commands sent by the built-in {@code core.ItemCommandAction}. */
    @FunctionalInterface
    public interface CommandSink {
        void sendCommand(String itemName, Command command);
    }

    static final String UPDATE_TRIGGER = "core.ItemStateUpdateTrigger";
    static final String CHANGE_TRIGGER = "core.ItemStateChangeTrigger";
    static final String COMMAND_ACTION = "core.ItemCommandAction";

    private final Logger logger = LoggerFactory.getLogger(RuleRunner.class);
    private final ItemStore items;
    private final CommandSink commands;
    private final BiConsumer<String, String> failureListener;
    private final BiConsumer<String, String> runListener;
    private final ModuleTypeRegistry moduleTypes;
    private final List<ModuleHandlerFactory> factories = new CopyOnWriteArrayList<>();
    private final Map<String, RuleInstance> rules = new ConcurrentHashMap<>();
    // what trigger handlers get from getScheduler(): openHAB's shared automation pool
    private final ScheduledExecutorService automationScheduler = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "host-automation");
        thread.setDaemon(true);
        return thread;
    });

    private final class RuleInstance {
        final RuleDefinition definition;
        final Map<Module, ModuleHandler> handlers = new LinkedHashMap<>();
        final List<Action> actions = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        // openHAB runs each rule on an executor of its own, so a slow rule does not hold up another
        final ExecutorService thread;
        volatile String status = "UNINITIALIZED";

        RuleInstance(RuleDefinition definition) {
            this.definition = definition;
            int index = 0;
            for (ModuleDefinition trigger : definition.triggers) {
                triggers.add(trigger(moduleId(trigger, "trigger", ++index), trigger));
            }
            index = 0;
            for (ModuleDefinition action : definition.actions) {
                actions.add(action(moduleId(action, "action", ++index), action));
            }
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread ruleThread = new Thread(r, "rule-" + definition.uid);
                ruleThread.setDaemon(true);
                return ruleThread;
            });
        }
    }

    /**
     * @param failureListener told (rule UID, message) when an action fails
     * @param runListener told (rule UID, trigger id) when a run ends, failed or not, on the rule's thread
     */
    public RuleRunner(ItemStore items, ModuleTypeRegistry moduleTypes, CommandSink commands,
            BiConsumer<String, String> failureListener, BiConsumer<String, String> runListener) {
        this.items = items;
        this.moduleTypes = moduleTypes;
        this.commands = commands;
        this.failureListener = failureListener;
        this.runListener = runListener;
    }

    public void addFactory(ModuleHandlerFactory factory) {
        factories.add(factory);
        retryUninitialized();
    }

    /** Rules waiting for a module type or handler are initialized again, as openHAB does when types arrive. */
    public void retryUninitialized() {
        rules.values().stream().filter(r -> r.status.startsWith("UNINITIALIZED")).forEach(this::initialize);
    }

    public void removeFactory(ModuleHandlerFactory factory) {
        for (RuleInstance rule : rules.values()) {
            if (rule.handlers.keySet().stream().anyMatch(m -> factory.getTypes().contains(m.getTypeUID()))) {
                release(rule);
                rule.status = "UNINITIALIZED: HANDLER_MISSING_ERROR";
            }
        }
        factories.remove(factory);
    }

    public void add(RuleDefinition definition) {
        if (definition.uid.isBlank()) {
            throw new IllegalArgumentException("A rule needs a uid");
        }
        RuleInstance rule = new RuleInstance(definition);
        RuleInstance previous = rules.put(definition.uid, rule);
        if (previous != null) {
            retire(previous);
        }
        initialize(rule);
    }

    /** Removes a rule: its module handlers are disposed and runs still queued for it do nothing. */
    public void remove(String ruleUid) {
        RuleInstance rule = rules.remove(ruleUid);
        if (rule != null) {
            retire(rule);
        }
    }

    private synchronized void retire(RuleInstance rule) {
        rule.status = "REMOVED";
        release(rule);
        rule.thread.shutdown();
    }

    public String status(String ruleUid) {
        RuleInstance rule = rules.get(ruleUid);
        return rule == null ? "UNKNOWN" : rule.status;
    }

    /**
     * Runs the rules an item update triggers, with the outputs openHAB's item state triggers give: {@code state}
     * and {@code event} for an update, {@code oldState}, {@code newState} and {@code event} for a change.
     */
    public void itemUpdated(String itemName, State oldState, State newState, Event updated, @Nullable Event changed) {
        for (RuleInstance rule : rules.values()) {
            for (Trigger trigger : rule.triggers) {
                String type = trigger.getTypeUID();
                if (!itemName.equals(trigger.getConfiguration().get("itemName"))) {
                    continue;
                }
                Object wanted = trigger.getConfiguration().get("state");
                if (wanted != null && !wanted.toString().equals(newState.toString())) {
                    continue;
                }
                Map<String, Object> outputs = new HashMap<>();
                if (UPDATE_TRIGGER.equals(type)) {
                    outputs.put("state", newState);
                    outputs.put("event", updated);
                    schedule(rule, trigger, outputs);
                } else if (CHANGE_TRIGGER.equals(type) && changed != null) {
                    Object previous = trigger.getConfiguration().get("previousState");
                    if (previous != null && !previous.toString().equals(oldState.toString())) {
                        continue;
                    }
                    outputs.put("oldState", oldState);
                    outputs.put("newState", newState);
                    outputs.put("event", changed);
                    schedule(rule, trigger, outputs);
                }
            }
        }
    }

    public void close() {
        rules.values().forEach(rule -> {
            release(rule);
            rule.thread.shutdownNow();
        });
        rules.clear();
        automationScheduler.shutdownNow();
    }

    private synchronized void initialize(RuleInstance rule) {
        release(rule);
        // actions first and triggers last, so a trigger that fires as soon as it is armed finds the actions ready
        List<Module> modules = new ArrayList<>(rule.actions);
        modules.addAll(rule.triggers);
        String invalid = validate(rule, modules);
        if (invalid != null) {
            rule.status = "UNINITIALIZED: INVALID_RULE: Validation of rule " + rule.definition.uid + " has failed! "
                    + invalid;
            failureListener.accept(rule.definition.uid, rule.status);
            return;
        }
        for (Module module : modules) {
            String type = module.getTypeUID();
            if (type.equals(UPDATE_TRIGGER) || type.equals(CHANGE_TRIGGER) || type.equals(COMMAND_ACTION)) {
                continue;
            }
            ModuleHandlerFactory factory = factories.stream().filter(f -> f.getTypes().contains(type)).findFirst()
                    .orElse(null);
            if (factory == null) {
                rule.status = "UNINITIALIZED: HANDLER_MISSING_ERROR: no handler for " + type;
                release(rule);
                return;
            }
            ModuleHandler handler;
            try {
                handler = factory.getHandler(module, rule.definition.uid);
            } catch (RuntimeException e) {
                handler = null;
                rule.status = "UNINITIALIZED: HANDLER_INITIALIZING_ERROR: " + e.getMessage();
            }
            if (handler == null) {
                if (!rule.status.contains("INITIALIZING")) {
                    rule.status = "UNINITIALIZED: HANDLER_INITIALIZING_ERROR: " + type;
                }
                failureListener.accept(rule.definition.uid, rule.status);
                release(rule);
                return;
            }
            rule.handlers.put(module, handler);
        }
        // the rule is ready before any handler gets its callback: a trigger may fire the moment it has one
        rule.status = "IDLE";
        ModuleHandlerCallback callback = callbackFor(rule);
        rule.handlers.values().forEach(handler -> handler.setCallback(callback));
    }

    /** Applies the module types' defaults and types to the configurations; the first problem, or null. */
    private @Nullable String validate(RuleInstance rule, List<Module> modules) {
        for (Module module : modules) {
            ModuleTypeRegistry.ModuleType type = moduleTypes.get(module.getTypeUID());
            if (type == null) {
                String kind = module instanceof Trigger ? "Trigger" : "Action";
                return kind + " Type with UID \"" + module.getTypeUID() + "\" does not exist!";
            }
            Configuration configuration = module.getConfiguration();
            ConfigDescriptions.applyDefaults(configuration, type.parameters());
            ConfigDescriptions.normalize(configuration, type.parameters());
            Map<String, String> violations = ConfigDescriptions.violations(configuration.getProperties(),
                    type.parameters());
            if (!violations.isEmpty()) {
                return "Invalid configuration of module " + module.getId() + ": " + violations;
            }
        }
        return null;
    }

    private void release(RuleInstance rule) {
        for (Map.Entry<Module, ModuleHandler> entry : rule.handlers.entrySet()) {
            for (ModuleHandlerFactory factory : factories) {
                if (factory.getTypes().contains(entry.getKey().getTypeUID())) {
                    factory.ungetHandler(entry.getKey(), rule.definition.uid, entry.getValue());
                }
            }
        }
        rule.handlers.clear();
    }

    private void schedule(RuleInstance rule, Trigger trigger, Map<String, ?> outputs) {
        if (rule.thread.isShutdown()) {
            return;
        }
        rule.thread.execute(() -> run(rule, trigger, outputs));
    }

    private void run(RuleInstance rule, Trigger trigger, Map<String, ?> outputs) {
        try {
            runActions(rule, trigger, outputs);
        } finally {
            runListener.accept(rule.definition.uid, trigger.getId());
        }
    }

    private void runActions(RuleInstance rule, Trigger trigger, Map<String, ?> outputs) {
        if (!rule.status.equals("IDLE")) {
            logger.debug("Rule {} not run: {}", rule.definition.uid, rule.status);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        outputs.forEach((key, value) -> context.put(trigger.getId() + "." + key, value));
        for (Action action : rule.actions) {
            // inputs are looked up from the outputs they are connected to, as openHAB's connections do
            action.getInputs().forEach((input, reference) -> {
                Object value = context.get(reference);
                if (value != null) {
                    context.put(input, value);
                }
            });
            try {
                Map<String, Object> result = execute(rule, action, context);
                if (result != null) {
                    result.forEach((key, value) -> context.put(action.getId() + "." + key, value));
                }
            } catch (Exception e) {
                String message = action.getTypeUID() + " failed: " + e.getMessage();
                logger.warn("Rule {}: {}", rule.definition.uid, message, e);
                failureListener.accept(rule.definition.uid, message);
                return;
            }
        }
    }

    private @Nullable Map<String, Object> execute(RuleInstance rule, Action action, Map<String, Object> context) {
        if (COMMAND_ACTION.equals(action.getTypeUID())) {
            Object itemName = action.getConfiguration().get("itemName");
            Object command = action.getConfiguration().get("command");
            if (itemName instanceof String name && command != null) {
                State parsed = StateParser.parse(items.type(name), command.toString());
                if (parsed instanceof Command asCommand) {
                    commands.sendCommand(name, asCommand);
                }
            }
            return null;
        }
        if (rule.handlers.get(action) instanceof ActionHandler handler) {
            return handler.execute(context);
        }
        return null;
    }

    private ModuleHandlerCallback callbackFor(RuleInstance rule) {
        return new InterfaceProxy<>(TriggerHandlerCallback.class, "host rule callback " + rule.definition.uid)
                .on("triggered/2", args -> {
                    Trigger trigger = (Trigger) args[0];
                    @SuppressWarnings("unchecked")
                    Map<String, ?> outputs = args[1] instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
                    schedule(rule, trigger, outputs);
                    return null;
                }) //
                .on("triggered/1", args -> {
                    schedule(rule, (Trigger) args[0], Map.of());
                    return null;
                }) //
                .on("getScheduler", args -> automationScheduler) //
                .on("isEnabled", args -> Boolean.TRUE) //
                .on("getStatus", args -> null) //
                .on("getStatusInfo", args -> null) //
                .build();
    }

    private static String moduleId(ModuleDefinition definition, String kind, int index) {
        String id = definition.id;
        return id == null || id.isBlank() ? kind + index : id;
    }

    private static Trigger trigger(String id, ModuleDefinition definition) {
        Configuration configuration = new Configuration(normalized(definition.config));
        return new InterfaceProxy<>(Trigger.class, "trigger " + id) //
                .on("getId", args -> id).on("getTypeUID", args -> definition.type) //
                .on("getLabel", args -> id).on("getDescription", args -> null) //
                .on("getConfiguration", args -> configuration).build();
    }

    private static Action action(String id, ModuleDefinition definition) {
        Configuration configuration = new Configuration(normalized(definition.config));
        Map<String, String> inputs = Map.copyOf(definition.inputs);
        return new InterfaceProxy<>(Action.class, "action " + id) //
                .on("getId", args -> id).on("getTypeUID", args -> definition.type) //
                .on("getLabel", args -> id).on("getDescription", args -> null) //
                .on("getConfiguration", args -> configuration) //
                .on("getInputs", args -> inputs).build();
    }

    /** openHAB stores numbers in configurations as BigDecimal, whatever the JSON held. */
    public static Map<String, @Nullable Object> normalized(Map<String, Object> config) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        config.forEach((key, value) -> result.put(key, ConfigDescriptions.guessType(value)));
        return result;
    }
}
