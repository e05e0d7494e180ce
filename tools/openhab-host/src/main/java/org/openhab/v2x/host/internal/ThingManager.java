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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.util.ThingHandlerHelper;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.v2x.host.ThingTypeCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thing lifecycle as openHAB's {@code ThingManagerImpl} runs it: a handler is registered only when its bridge's
 * handler is initialized (otherwise the thing is UNINITIALIZED/BRIDGE_UNINITIALIZED), the configuration gets the
 * XML defaults and normalized types and is validated before {@code initialize} (an invalid one leaves the thing
 * UNINITIALIZED/HANDLER_CONFIGURATION_PENDING), handler calls go through the {@link SafeCaller}, a bridge that has
 * just been initialized gets its children registered and initialized, a child that has just been initialized is
 * announced to its bridge ({@code childHandlerInitialized}), bridge status changes reach initialized children, and
 * disposing a bridge disposes its children first.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ThingManager implements AutoCloseable {

    /** What the thing manager tells the rest of the host. */
    public interface Host {
        void statusChanged(Thing thing, ThingStatusInfo status);

        void stateUpdated(ChannelUID channel, State state);

        void postCommand(ChannelUID channel, Command command);

        boolean isChannelLinked(ChannelUID channel);
    }

    private final Logger logger = LoggerFactory.getLogger(ThingManager.class);
    private final ThingTypeCatalog catalog;
    private final ConfigDescriptions configDescriptions;
    private final SafeCaller safeCaller;
    private final Host host;
    private final List<ThingHandlerFactory> factories = new CopyOnWriteArrayList<>();
    private final Map<ThingUID, Thing> things = new LinkedHashMap<>();
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    // openHAB's "thingManager" pool: bridge and child notifications run there, never on the caller's thread
    private final ExecutorService scheduler = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "host-thingManager-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ThingHandlerCallback callback;

    public ThingManager(ThingTypeCatalog catalog, ConfigDescriptions configDescriptions, SafeCaller safeCaller,
            Host host) {
        this.catalog = catalog;
        this.configDescriptions = configDescriptions;
        this.safeCaller = safeCaller;
        this.host = host;
        this.callback = new Callback().asCallback();
    }

    // ---- factories

    public void addFactory(ThingHandlerFactory factory) {
        factories.add(factory);
        for (Thing thing : snapshot()) {
            if (factory.supportsThingType(thing.getThingTypeUID()) && !isHandlerRegistered(thing)) {
                registerAndInitialize(thing, factory);
            }
        }
    }

    public void removeFactory(ThingHandlerFactory factory) {
        factories.remove(factory);
        for (Thing thing : snapshot()) {
            ThingHandler handler = handlers.get(thing.getUID());
            if (handler != null && factory.supportsThingType(thing.getThingTypeUID())
                    && isHandlerRegistered(thing)) {
                unregisterAndDispose(factory, thing, handler);
            }
        }
    }

    // ---- things

    public void addThing(Thing thing) {
        synchronized (things) {
            things.put(thing.getUID(), thing);
        }
        registerAndInitialize(thing, factoryFor(thing));
    }

    /** Disposes the thing's handler (and its children's) and forgets the thing. */
    public void removeThing(ThingUID uid) {
        Thing thing = get(uid);
        if (thing == null) {
            return;
        }
        ThingHandler handler = handlers.get(uid);
        ThingHandlerFactory factory = factoryFor(thing);
        if (handler != null && factory != null) {
            unregisterAndDispose(factory, thing, handler);
            safeCaller.call(factory, "removeThing of " + uid, () -> factory.removeThing(uid));
        }
        synchronized (things) {
            things.remove(uid);
        }
    }

    public @Nullable Thing get(ThingUID uid) {
        synchronized (things) {
            return things.get(uid);
        }
    }

    public List<Thing> snapshot() {
        synchronized (things) {
            return List.copyOf(things.values());
        }
    }

    public List<Thing> childrenOf(ThingUID bridgeUid) {
        return snapshot().stream().filter(t -> bridgeUid.equals(t.getBridgeUID())).toList();
    }

    /**
     * Edits a thing's configuration as openHAB's REST API and thing registry do: the values are normalized with the
     * thing type's config description and handed to the handler's {@code handleConfigurationUpdate}, which
     * validates them through the callback and, in {@code BaseThingHandler}, disposes and initializes again.
     *
     * @throws IllegalArgumentException if the thing is unknown or the handler refused the configuration
     * @throws IllegalStateException if the thing has no handler
     */
    public void updateConfiguration(ThingUID uid, Map<String, Object> parameters) {
        Thing thing = get(uid);
        if (thing == null) {
            throw new IllegalArgumentException("Thing with UID " + uid + " does not exist.");
        }
        ThingHandler handler = thing.getHandler();
        if (handler == null) {
            throw new IllegalStateException("Thing with UID " + uid + " has no handler attached.");
        }
        Configuration normalized = new Configuration(new LinkedHashMap<>(parameters));
        List<ConfigParameter> description = descriptionOf(thing);
        if (description != null) {
            ConfigDescriptions.normalize(normalized, description);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        normalized.keySet().forEach(key -> values.put(key, normalized.get(key)));
        RuntimeException[] refused = new RuntimeException[1];
        safeCaller.call(handler, "handleConfigurationUpdate of " + uid, () -> handler.handleConfigurationUpdate(values),
                e -> {
                    if (e instanceof IllegalArgumentException invalid) {
                        refused[0] = invalid;
                    } else {
                        logger.warn("Handler of {} failed to update its configuration: {}", uid, e.getMessage(), e);
                    }
                }, () -> logger.warn("Updating the configuration of {} takes more than {} ms", uid,
                        SafeCaller.DEFAULT_TIMEOUT.toMillis()));
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    // ---- commands

    /** Delivers a command to the channel's handler, asynchronously, as openHAB's communication manager does. */
    public void handleCommand(ChannelUID channel, Command command) {
        Thing thing = get(channel.getThingUID());
        ThingHandler handler = thing == null ? null : thing.getHandler();
        if (thing == null || handler == null) {
            logger.debug("Command {} to {}: no handler", command, channel);
            return;
        }
        if (!ThingHandlerHelper.isHandlerInitialized(thing)) {
            logger.debug("Command {} to {} dropped: the handler is not initialized", command, channel);
            return;
        }
        safeCaller.callAsync(handler, "handleCommand of " + channel, () -> handler.handleCommand(channel, command),
                e -> logger.warn("Handler of {} failed on command {}: {}", channel, command, e.getMessage(), e));
    }

    // ---- lifecycle

    private void registerAndInitialize(Thing thing, @Nullable ThingHandlerFactory factory) {
        if (factory == null) {
            setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR,
                    "Handler factory not found"));
            return;
        }
        List<ConfigParameter> description = descriptionOf(thing);
        if (description != null) {
            ConfigDescriptions.normalize(thing.getConfiguration(), description);
        }
        registerHandler(thing, factory);
        initializeHandler(thing);
    }

    private void registerHandler(Thing thing, ThingHandlerFactory factory) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (isHandlerRegistered(thing)) {
                return;
            }
            ThingUID bridgeUid = thing.getBridgeUID();
            if (bridgeUid != null) {
                Thing bridge = get(bridgeUid);
                if (!(bridge instanceof Bridge) || !ThingHandlerHelper.isHandlerInitialized(bridge)) {
                    setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED, null));
                    return;
                }
            }
            try {
                ThingHandler handler = factory.registerHandler(thing);
                handler.setCallback(callback);
                thing.setHandler(handler);
                handlers.put(thing.getUID(), handler);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause();
                logger.error("Handler factory {} failed to register a handler for {}: {}",
                        factory.getClass().getSimpleName(), thing.getUID(), e.getMessage(), e);
                setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_REGISTERING_ERROR,
                        cause != null ? cause.getMessage() : e.getMessage()));
            }
        } finally {
            lock.unlock();
        }
    }

    private void initializeHandler(Thing thing) {
        if (!isHandlerRegistered(thing)) {
            return;
        }
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (ThingHandlerHelper.isHandlerInitialized(thing) || thing.getStatus() == ThingStatus.INITIALIZING) {
                return;
            }
            ThingHandler handler = thing.getHandler();
            if (handler == null) {
                return;
            }
            List<ConfigParameter> description = descriptionOf(thing);
            if (description != null) {
                ConfigDescriptions.applyDefaults(thing.getConfiguration(), description);
            }
            Map<String, String> violations = violations(thing, thing.getConfiguration().getProperties());
            if (!violations.isEmpty()) {
                setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_CONFIGURATION_PENDING,
                        violations.toString()));
                return;
            }
            setStatus(thing, status(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
            safeCaller.call(handler, "initialize of " + thing.getUID(), handler::initialize, e -> {
                logger.error("Exception occurred while initializing handler of thing '{}': {}", thing.getUID(),
                        e.getMessage(), e);
                setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                        e.getMessage()));
            }, () -> logger.warn("Initializing handler for thing '{}' takes more than {}ms.", thing.getUID(),
                    SafeCaller.DEFAULT_TIMEOUT.toMillis()));
        } finally {
            lock.unlock();
        }
    }

    private Map<String, String> violations(Thing thing, Map<String, @Nullable Object> configuration) {
        Map<String, String> violations = new LinkedHashMap<>();
        List<ConfigParameter> description = descriptionOf(thing);
        if (description != null) {
            violations.putAll(ConfigDescriptions.violations(configuration, description));
        }
        if (thing.getBridgeUID() == null && catalog.needsBridge(thing.getThingTypeUID().getAsString())) {
            violations.put("bridge", "Configuring a bridge is mandatory.");
        }
        return violations;
    }

    private void unregisterAndDispose(ThingHandlerFactory factory, Thing thing, ThingHandler handler) {
        if (thing instanceof Bridge) {
            for (Thing child : childrenOf(thing.getUID())) {
                ThingHandler childHandler = child.getHandler();
                if (childHandler != null) {
                    unregisterAndDispose(factory, child, childHandler);
                }
            }
        }
        disposeHandler(thing, handler);
        unregisterHandler(thing, factory);
    }

    private void disposeHandler(Thing thing, ThingHandler handler) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null));
            safeCaller.call(handler, "dispose of " + thing.getUID(), handler::dispose,
                    e -> logger.error("Exception occurred while disposing handler of thing '{}': {}", thing.getUID(),
                            e.getMessage(), e),
                    () -> logger.warn("Disposing handler for thing '{}' takes more than {}ms.", thing.getUID(),
                            SafeCaller.DEFAULT_TIMEOUT.toMillis()));
            Thing bridge = bridgeOf(thing);
            if (bridge != null) {
                // openHAB tells the bridge after the child is disposed, on its own pool
                execute(() -> {
                    if (bridge.getHandler() instanceof BridgeHandler bridgeHandler) {
                        safeCaller.call(bridgeHandler, "childHandlerDisposed on " + bridge.getUID(),
                                () -> bridgeHandler.childHandlerDisposed(handler, thing));
                    }
                });
            }
        } finally {
            lock.unlock();
        }
    }

    private void unregisterHandler(Thing thing, ThingHandlerFactory factory) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (!isHandlerRegistered(thing)) {
                return;
            }
            ThingHandler handler = thing.getHandler();
            safeCaller.call(factory, "unregisterHandler of " + thing.getUID(), () -> factory.unregisterHandler(thing));
            if (handler != null) {
                handler.setCallback(null);
            }
            thing.setHandler(null);
            setStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR, null));
            handlers.remove(thing.getUID());
        } finally {
            lock.unlock();
        }
    }

    // ---- status

    private void statusUpdatedByHandler(Thing thing, ThingStatusInfo status) {
        ThingStatus next = status.getStatus();
        if (next != ThingStatus.UNKNOWN && next != ThingStatus.ONLINE && next != ThingStatus.OFFLINE
                && next != ThingStatus.REMOVED) {
            throw new IllegalArgumentException("Illegal status " + next
                    + ". Bindings only may set UNKNOWN, ONLINE, OFFLINE or REMOVED.");
        }
        ThingStatusInfo previous = thing.getStatusInfo();
        if (next == ThingStatus.REMOVED && previous.getStatus() != ThingStatus.REMOVING) {
            throw new IllegalArgumentException("Illegal status REMOVED. The thing was in state "
                    + previous.getStatus() + " and not in REMOVING");
        }
        setStatus(thing, status);
        boolean justInitialized = ThingHandlerHelper.isHandlerInitialized(thing)
                && previous.getStatus() == ThingStatus.INITIALIZING;
        if (thing instanceof Bridge) {
            if (justInitialized) {
                registerChildHandlers(thing);
            } else if (!status.equals(previous)) {
                notifyChildrenAboutBridgeStatus(thing, status);
            }
        }
        if (thing.getBridgeUID() != null && justInitialized) {
            Thing bridge = bridgeOf(thing);
            if (bridge != null) {
                execute(() -> {
                    ThingHandler childHandler = thing.getHandler();
                    if (bridge.getHandler() instanceof BridgeHandler bridgeHandler && childHandler != null) {
                        safeCaller.call(bridgeHandler, "childHandlerInitialized on " + bridge.getUID(),
                                () -> bridgeHandler.childHandlerInitialized(childHandler, thing));
                    }
                });
            }
        }
    }

    private void registerChildHandlers(Thing bridge) {
        for (Thing child : childrenOf(bridge.getUID())) {
            execute(() -> registerAndInitialize(child, factoryFor(child)));
        }
    }

    private void notifyChildrenAboutBridgeStatus(Thing bridge, ThingStatusInfo status) {
        if (!ThingHandlerHelper.isHandlerInitialized(bridge)) {
            return;
        }
        for (Thing child : childrenOf(bridge.getUID())) {
            execute(() -> {
                ThingHandler handler = child.getHandler();
                if (handler != null && ThingHandlerHelper.isHandlerInitialized(child)) {
                    safeCaller.call(handler, "bridgeStatusChanged of " + child.getUID(),
                            () -> handler.bridgeStatusChanged(status));
                }
            });
        }
    }

    private void setStatus(Thing thing, ThingStatusInfo status) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(status);
        if (!previous.equals(status)) {
            host.statusChanged(thing, status);
        }
    }

    // ---- helpers

    private void execute(Runnable task) {
        if (scheduler.isShutdown()) {
            return;
        }
        scheduler.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.error("Thing manager task failed: {}", e.getMessage(), e);
            }
        });
    }

    private boolean isHandlerRegistered(Thing thing) {
        ThingHandler handler = handlers.get(thing.getUID());
        return handler != null && handler == thing.getHandler();
    }

    private @Nullable ThingHandlerFactory factoryFor(Thing thing) {
        for (ThingHandlerFactory factory : factories) {
            if (factory.supportsThingType(thing.getThingTypeUID())) {
                return factory;
            }
        }
        return null;
    }

    private @Nullable Thing bridgeOf(Thing thing) {
        ThingUID bridgeUid = thing.getBridgeUID();
        return bridgeUid == null ? null : get(bridgeUid);
    }

    private @Nullable List<ConfigParameter> descriptionOf(Thing thing) {
        String uri = catalog.configDescriptionUri(thing.getThingTypeUID().getAsString());
        return uri == null ? null : configDescriptions.get(uri);
    }

    private ReentrantLock lockOf(ThingUID uid) {
        return locks.computeIfAbsent(uid, key -> new ReentrantLock());
    }

    private static ThingStatusInfo status(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        return new ThingStatusInfo(status, detail, description);
    }

    @Override
    public void close() {
        for (Thing thing : snapshot()) {
            if (thing.getBridgeUID() == null) {
                removeThing(thing.getUID());
            }
        }
        scheduler.shutdownNow();
    }

    /** The handlers' view of the host, as openHAB's {@code ThingHandlerCallbackImpl}. */
    private final class Callback implements ThingCallbacks {
        @Override
        public void statusUpdated(Thing thing, ThingStatusInfo status) {
            statusUpdatedByHandler(thing, status);
        }

        @Override
        public void stateUpdated(ChannelUID channel, State state) {
            host.stateUpdated(channel, state);
        }

        @Override
        public void postCommand(ChannelUID channel, Command command) {
            host.postCommand(channel, command);
        }

        @Override
        public void thingUpdated(Thing thing) {
            // the handler changed its own thing: openHAB replaces it in the registry without telling the handler
            synchronized (things) {
                Thing previous = things.put(thing.getUID(), thing);
                if (previous != null && previous != thing) {
                    thing.setHandler(previous.getHandler());
                    thing.setStatusInfo(previous.getStatusInfo());
                }
            }
        }

        @Override
        public void validateConfigurationParameters(Thing thing, Map<String, Object> parameters) {
            List<ConfigParameter> description = descriptionOf(thing);
            if (description == null) {
                return;
            }
            Map<String, @Nullable Object> values = new LinkedHashMap<>(parameters);
            Map<String, String> violations = ConfigDescriptions.violations(values, description);
            if (!violations.isEmpty()) {
                // openHAB throws its ConfigValidationException, which the stand-in API does not have
                throw new IllegalArgumentException("Invalid configuration of " + thing.getUID() + ": " + violations);
            }
        }

        @Override
        public void configurationUpdated(Thing thing) {
            if (!ThingHandlerHelper.isHandlerInitialized(thing)) {
                initializeHandler(thing);
            }
        }

        @Override
        public void channelTriggered(Thing thing, ChannelUID channel, String event) {
            logger.debug("{} triggered {}", channel, event);
        }

        @Override
        public boolean isChannelLinked(ChannelUID channel) {
            return host.isChannelLinked(channel);
        }

        @Override
        public @Nullable Thing getBridge(ThingUID bridgeUid) {
            Thing bridge = get(bridgeUid);
            return bridge instanceof Bridge ? bridge : null;
        }
    }

    /** Lists things for diagnostics. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        snapshot().forEach(t -> lines.add(t.getUID() + " " + t.getStatusInfo()));
        return String.join("\n", lines);
    }
}
