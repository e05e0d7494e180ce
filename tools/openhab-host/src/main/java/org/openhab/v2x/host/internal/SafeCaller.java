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

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls into add-on code the way openHAB's {@code SafeCaller} does: on a thread of its own, one call at a time per
 * target (calls to the same handler keep their order), with a timeout. A call that throws is reported to its
 * exception handler; a call that takes longer than the timeout is reported to its timeout handler and left running,
 * so the caller goes on. A call made from inside a safe call runs directly, as openHAB's does, so a handler that
 * calls back into the host cannot deadlock on its own queue.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class SafeCaller implements AutoCloseable {

    /** openHAB's {@code SafeCaller.DEFAULT_TIMEOUT}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(5000);

    private static final ThreadLocal<Boolean> IN_SAFE_CALL = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Logger logger = LoggerFactory.getLogger(SafeCaller.class);
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(() -> {
            IN_SAFE_CALL.set(Boolean.TRUE);
            runnable.run();
        }, "host-safeCall-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Object, CompletableFuture<?>> queues = new IdentityHashMap<>();
    private final Duration timeout;

    public SafeCaller(Duration timeout) {
        this.timeout = timeout;
    }

    /** A call into add-on code that may throw any exception. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /** Runs the call and waits for it at most the timeout; failures go to the handlers, never to the caller. */
    public void call(Object target, String what, Call call, Consumer<Throwable> onException, Runnable onTimeout) {
        if (IN_SAFE_CALL.get()) {
            runReporting(what, call, onException);
            return;
        }
        CompletableFuture<?> done = enqueue(target, what, call, onException);
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            logger.debug("{} takes more than {} ms", what, timeout.toMillis());
            onTimeout.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by runReporting already
        }
    }

    /** Runs the call without waiting for it, as openHAB's asynchronous safe calls do. */
    public void callAsync(Object target, String what, Call call, Consumer<Throwable> onException) {
        enqueue(target, what, call, onException);
    }

    /** Runs a call with the default logging for failures and timeouts. */
    public void call(Object target, String what, Call call) {
        call(target, what, call, e -> logger.warn("{} failed: {}", what, e.getMessage(), e),
                () -> logger.warn("{} takes more than {} ms", what, timeout.toMillis()));
    }

    private CompletableFuture<?> enqueue(Object target, String what, Call call, Consumer<Throwable> onException) {
        if (pool.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (queues) {
            CompletableFuture<?> previous = queues.getOrDefault(target, CompletableFuture.completedFuture(null));
            CompletableFuture<?> next = previous.handleAsync((result, failure) -> {
                runReporting(what, call, onException);
                return null;
            }, pool);
            queues.put(target, next);
            // forget the target once its queue is empty, so the map does not grow with every handler
            next.whenComplete((result, failure) -> {
                synchronized (queues) {
                    queues.remove(target, next);
                }
            });
            return next;
        }
    }

    private void runReporting(String what, Call call, Consumer<Throwable> onException) {
        try {
            call.run();
        } catch (Exception | LinkageError | AssertionError e) {
            try {
                onException.accept(e);
            } catch (RuntimeException reportFailure) {
                logger.warn("Reporting the failure of {} failed", what, reportFailure);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
