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
package org.openhab.binding.v2x.internal.ocpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler with virtual time for tests: tasks run only inside {@link #advance(Duration)}, on the test thread.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis;

    public synchronized int pendingTasks() {
        return (int) tasks.stream().filter(t -> !t.isDone()).count();
    }

    public void advance(Duration duration) {
        long target = nowMillis + duration.toMillis();
        while (true) {
            Task next;
            synchronized (this) {
                tasks.removeIf(Task::isDone);
                next = tasks.stream().filter(t -> t.dueMillis <= target).min(Comparator.comparingLong(t -> t.dueMillis))
                        .orElse(null);
                if (next == null) {
                    nowMillis = target;
                    return;
                }
                nowMillis = Math.max(nowMillis, next.dueMillis);
                if (next.periodMillis > 0) {
                    next.dueMillis = nowMillis + next.periodMillis;
                } else {
                    tasks.remove(next);
                    next.done = true;
                }
            }
            next.command.run();
        }
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(@Nullable Runnable command, long delay, @Nullable TimeUnit unit) {
        return add(command, delay, 0, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(@Nullable Callable<V> callable, long delay, @Nullable TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleAtFixedRate(@Nullable Runnable command, long initialDelay,
            long period, @Nullable TimeUnit unit) {
        return add(command, initialDelay, period, unit);
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(@Nullable Runnable command, long initialDelay,
            long delay, @Nullable TimeUnit unit) {
        return add(command, initialDelay, delay, unit);
    }

    private Task add(@Nullable Runnable command, long delay, long period, @Nullable TimeUnit unit) {
        TimeUnit u = unit == null ? TimeUnit.MILLISECONDS : unit;
        Runnable c = command == null ? () -> {
        } : command;
        Task task = new Task(c, nowMillis + u.toMillis(delay), u.toMillis(period));
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(@Nullable Runnable command) {
        if (command != null) {
            command.run();
        }
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, @Nullable TimeUnit unit) {
        return true;
    }

    private class Task implements ScheduledFuture<Object> {
        final Runnable command;
        final long periodMillis;
        long dueMillis;
        volatile boolean done;
        volatile boolean cancelled;

        Task(Runnable command, long dueMillis, long periodMillis) {
            this.command = command;
            this.dueMillis = dueMillis;
            this.periodMillis = periodMillis;
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            synchronized (ManualScheduler.this) {
                return (unit == null ? TimeUnit.MILLISECONDS : unit).convert(dueMillis - nowMillis,
                        TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            return other == null ? 1 : Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            done = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public @Nullable Object get() {
            return null;
        }

        @Override
        public @Nullable Object get(long timeout, @Nullable TimeUnit unit) {
            return null;
        }
    }
}
