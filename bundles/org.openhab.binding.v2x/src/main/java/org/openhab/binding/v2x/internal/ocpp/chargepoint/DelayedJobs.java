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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-shot jobs of a charger (setup after connecting, a resend after a transaction change), kept so that
 * disposing the thing cancels whatever is still pending.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class DelayedJobs {

    private final Logger logger = LoggerFactory.getLogger(DelayedJobs.class);
    private final ScheduledExecutorService scheduler;
    private final Supplier<String> chargePointId;
    private final List<ScheduledFuture<?>> jobs = new ArrayList<>();

    public DelayedJobs(ScheduledExecutorService scheduler, Supplier<String> chargePointId) {
        this.scheduler = scheduler;
        this.chargePointId = chargePointId;
    }

    public void schedule(Runnable task, long delayMs) {
        synchronized (jobs) {
            jobs.removeIf(ScheduledFuture::isDone);
            jobs.add(scheduler.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a failed job must not vanish silently in the scheduler's future
                    logger.warn("Charger {}: {}", chargePointId.get(), e.toString(), e);
                }
            }, delayMs, TimeUnit.MILLISECONDS));
        }
    }

    public void cancelAll() {
        synchronized (jobs) {
            jobs.forEach(job -> job.cancel(false));
            jobs.clear();
        }
    }
}
