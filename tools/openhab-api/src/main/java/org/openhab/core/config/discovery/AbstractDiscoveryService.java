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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of discovery services: keeps the listeners, remembers the results it announced (a listener that comes later
 * gets them too), runs active scans with their timeout, and starts or stops background discovery from the
 * {@value DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY} setting. The stand-in does not translate labels.
 */
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler;
    protected @Nullable ScanListener scanListener;

    private final Set<DiscoveryListener> listeners = new CopyOnWriteArraySet<>();
    // guarded by itself
    private final Map<ThingUID, DiscoveryResult> announced = new LinkedHashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private volatile boolean backgroundDiscoveryEnabled;
    private Instant timestampOfLastScan = Instant.MIN;
    private @Nullable ScheduledFuture<?> scheduledStop;

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        this(ThreadPoolManager.getScheduledPool("discovery"), supportedThingTypes, timeout,
                backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
    }

    protected AbstractDiscoveryService(ScheduledExecutorService scheduler,
            @Nullable Set<ThingTypeUID> supportedThingTypes, int timeout, boolean backgroundDiscoveryEnabledByDefault,
            @Nullable String scanInputLabel, @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The scan timeout must not be negative: " + timeout);
        }
        this.scheduler = scheduler;
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return scanInputLabel != null && scanInputDescription != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        List<DiscoveryResult> known;
        synchronized (announced) {
            known = List.copyOf(announced.values());
        }
        known.forEach(result -> listener.thingDiscovered(this, result));
        listeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        startScan(null, listener);
    }

    @Override
    public void startScan(@Nullable String input, @Nullable ScanListener listener) {
        synchronized (this) {
            stopScan();
            cancelScheduledStop();
            scanListener = listener;
            if (getScanTimeout() > 0) {
                scheduledStop = scheduler.schedule(this::stopScanQuietly, getScanTimeout(), TimeUnit.SECONDS);
            }
            timestampOfLastScan = Instant.now();
            try {
                if (input != null && isScanInputSupported()) {
                    startScan(input);
                } else {
                    startScan();
                }
            } catch (RuntimeException e) {
                cancelScheduledStop();
                scanListener = null;
                throw e;
            }
        }
    }

    @Override
    public void abortScan() {
        ScanListener listener;
        synchronized (this) {
            cancelScheduledStop();
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
        }
    }

    /** Runs an active scan; {@link #stopScan()} follows after the scan timeout. */
    protected abstract void startScan();

    /** Runs an active scan with the user's input; services that take input override it. */
    protected void startScan(String input) {
        logger.warn("Discovery service {} does not take scan input", getClass().getName());
    }

    /** Ends an active scan and tells its listener. */
    protected void stopScan() {
        ScanListener listener = scanListener;
        scanListener = null;
        if (listener != null) {
            listener.onFinished();
        }
    }

    /** Announces a result to every listener and remembers it for listeners that come later. */
    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : listeners) {
            try {
                listener.thingDiscovered(this, discoveryResult);
            } catch (RuntimeException e) {
                logger.error("Discovery listener {} failed", listener.getClass().getName(), e);
            }
        }
        synchronized (announced) {
            announced.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    /** Retracts a result. */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : listeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("Discovery listener {} failed", listener.getClass().getName(), e);
            }
        }
        synchronized (announced) {
            announced.remove(thingUID);
        }
    }

    protected void removeOlderResults(Instant timestamp) {
        removeOlderResults(timestamp, null, null);
    }

    protected void removeOlderResults(Instant timestamp, @Nullable ThingUID bridgeUID) {
        removeOlderResults(timestamp, null, bridgeUID);
    }

    /** Asks the listeners to drop this service's results created before the timestamp. */
    protected void removeOlderResults(Instant timestamp, @Nullable Collection<ThingTypeUID> thingTypeUIDs,
            @Nullable ThingUID bridgeUID) {
        Collection<ThingTypeUID> types = thingTypeUIDs == null ? getSupportedThingTypes() : thingTypeUIDs;
        Set<ThingUID> removed = new HashSet<>();
        for (DiscoveryListener listener : listeners) {
            try {
                Collection<ThingUID> dropped = listener.removeOlderResults(this, timestamp, types, bridgeUID);
                if (dropped != null) {
                    removed.addAll(dropped);
                }
            } catch (RuntimeException e) {
                logger.error("Discovery listener {} failed", listener.getClass().getName(), e);
            }
        }
        synchronized (announced) {
            removed.forEach(announced::remove);
        }
    }

    protected void activate(@Nullable Map<String, Object> configProperties) {
        backgroundDiscoveryEnabled = backgroundSetting(configProperties, backgroundDiscoveryEnabled);
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    protected void modified(@Nullable Map<String, Object> configProperties) {
        boolean enabled = backgroundSetting(configProperties, backgroundDiscoveryEnabled);
        if (enabled && !backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        } else if (!enabled && backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
        backgroundDiscoveryEnabled = enabled;
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    /** Starts looking for things continuously; does nothing unless overridden. */
    protected void startBackgroundDiscovery() {
    }

    protected void stopBackgroundDiscovery() {
    }

    protected synchronized Instant getTimestampOfLastScan() {
        return timestampOfLastScan;
    }

    static boolean backgroundSetting(@Nullable Map<String, Object> configProperties, boolean current) {
        Object value = configProperties == null ? null
                : configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value == null ? current : Boolean.parseBoolean(value.toString());
    }

    private void stopScanQuietly() {
        try {
            synchronized (this) {
                stopScan();
            }
        } catch (RuntimeException e) {
            logger.debug("Stopping the scan of {} failed: {}", getClass().getName(), e.toString());
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        scheduledStop = null;
        if (stop != null) {
            stop.cancel(false);
        }
    }
}
