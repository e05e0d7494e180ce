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
package org.openhab.v2x.simulator.ocpp;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one simulator thread all protocol state lives on: Jetty callbacks and public commands are handed to it,
 * so the protocol classes need no locking of their own.
 */
@NonNullByDefault
class SimulatorThread {

    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Logger logger = LoggerFactory.getLogger(SimulatorThread.class);
    /** Held while a task runs directly because the thread is not started, so it cannot overlap start and stop. */
    private final Object lock;
    private final String name;

    private @Nullable ScheduledExecutorService executor;
    private volatile boolean running;

    SimulatorThread(Object lock, String name) {
        this.lock = lock;
        this.name = name;
    }

    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name));
        running = true;
    }

    /** Refuses new work; {@link #shutdown()} then ends the thread. */
    void halt() {
        running = false;
    }

    void shutdown() {
        shutdown(executor);
        executor = null;
    }

    boolean isRunning() {
        return running;
    }

    /** Runs a task repeatedly from now on, every period. */
    void every(Runnable task, long periodMicros) {
        ScheduledExecutorService service = executor;
        if (service != null) {
            service.scheduleAtFixedRate(guarded(task), 0, periodMicros, TimeUnit.MICROSECONDS);
        }
    }

    /** Hands a task to the thread without waiting; dropped once stopped. */
    void post(Runnable task) {
        ScheduledExecutorService service = executor;
        if (service != null && running) {
            try {
                service.execute(guarded(task));
            } catch (RejectedExecutionException e) {
                logger.debug("Simulator stopped, dropping a task");
            }
        }
    }

    /** Runs a task on the thread and waits for it (or runs it directly when not started). */
    void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    <T> @Nullable T call(Callable<@Nullable T> task) {
        ScheduledExecutorService service = executor;
        if (service == null || !running) {
            synchronized (lock) {
                try {
                    return task.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        try {
            return service.submit(task).get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("simulator task failed: " + e.getMessage(), e);
        }
    }

    /** One failing task must not end the periodic tick or the thread. */
    Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.warn("Simulator task failed", e);
            }
        };
    }

    static void shutdown(@Nullable ExecutorService service) {
        if (service != null) {
            service.shutdownNow();
            try {
                service.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads, so a forgotten simulator does not keep a test JVM alive. */
    static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
