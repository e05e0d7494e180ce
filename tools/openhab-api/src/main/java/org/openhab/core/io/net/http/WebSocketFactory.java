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
package org.openhab.core.io.net.http;

import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Provides Jetty WebSocket clients that share openHAB's thread pools and trust settings. Clients created with an id
 * are not started; the caller starts and stops them.
 */
public interface WebSocketFactory {

    /** @param consumerName an id of the user (e.g. the binding id), used in thread names */
    WebSocketClient createWebSocketClient(String consumerName);

    WebSocketClient createWebSocketClient(String consumerName, SslContextFactory sslContextFactory);

    /** The shared, started client; never stop it. */
    WebSocketClient getCommonWebSocketClient();
}
