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
package org.openhab.core.common;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named, shared thread pools, so add-ons never create their own threads. Pools are created on first use with
 * {@link #DEFAULT_THREAD_POOL_SIZE} daemon threads named {@code OH-<pool>-<n>}.
 */
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";
    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;
    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    private static final Map<String, ExecutorService> POOLS = new ConcurrentHashMap<>();

    public ThreadPoolManager() {
    }

    /** The shared scheduled pool of that name. */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = POOLS.computeIfAbsent(poolName, ThreadPoolManager::createScheduledPool);
        if (pool instanceof ScheduledExecutorService scheduled) {
            return scheduled;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool");
    }

    /** The shared pool of that name (scheduled pools are valid pools too). */
    public static ExecutorService getPool(String poolName) {
        return POOLS.computeIfAbsent(poolName, ThreadPoolManager::createScheduledPool);
    }

    public static Set<String> getPoolNames() {
        return Set.copyOf(POOLS.keySet());
    }

    private static ScheduledThreadPoolExecutor createScheduledPool(String poolName) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(DEFAULT_THREAD_POOL_SIZE,
                namedDaemonThreads(poolName));
        pool.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    private static ThreadFactory namedDaemonThreads(String poolName) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
