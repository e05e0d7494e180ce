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
package org.openhab.binding.v2x.internal.ocpp.server;

import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WebSocketPingPongListener;

/**
 * A charge point stand-in for server tests: records text frames, pings and the close code. Jetty answers every
 * ping with a pong by itself.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class TestClientSocket implements WebSocketListener, WebSocketPingPongListener {
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    final AtomicInteger pings = new AtomicInteger();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    volatile @Nullable Session session;

    @Override
    public void onWebSocketConnect(@Nullable Session session) {
        this.session = session;
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        if (message != null) {
            received.add(message);
        }
    }

    @Override
    public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
    }

    @Override
    public void onWebSocketPing(@Nullable ByteBuffer payload) {
        pings.incrementAndGet();
    }

    @Override
    public void onWebSocketPong(@Nullable ByteBuffer payload) {
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        closed.complete(statusCode);
    }

    @Override
    public void onWebSocketError(@Nullable Throwable cause) {
    }

    String next() throws InterruptedException {
        String message = received.poll(5, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 5 s");
        }
        return message;
    }

    void send(String text) throws Exception {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("not connected");
        }
        current.getRemote().sendString(text);
    }
}
