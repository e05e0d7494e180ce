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

import org.eclipse.jdt.annotation.NonNullByDefault;

/** What the charge point does when its connection opens, brings a frame or closes. */
@NonNullByDefault
class ConnectionEvents implements Connection.Listener {

    private final ChargerConfiguration configuration;
    private final BootSequence boot;
    private final CallQueue calls;
    private final IncomingFrames frames;

    ConnectionEvents(ChargerConfiguration configuration, BootSequence boot, CallQueue calls, IncomingFrames frames) {
        this.configuration = configuration;
        this.boot = boot;
        this.calls = calls;
        this.frames = frames;
    }

    @Override
    public void versionChanged(OcppVersion negotiated) {
        // sample everything the new version knows; the old version's list may name measurands it lacks
        configuration.resetMeasurands(negotiated);
    }

    @Override
    public void opened() {
        boot.connectionOpened();
        calls.pump();
    }

    @Override
    public void received(String text) {
        frames.received(text);
    }

    @Override
    public void closed() {
        calls.connectionLost();
    }
}
