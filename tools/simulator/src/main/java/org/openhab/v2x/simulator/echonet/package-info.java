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
/**
 * An ECHONET Lite V2H unit (EV charger/discharger, class 0x027E) simulator with a simulated car battery, usable as
 * a library ({@link org.openhab.v2x.simulator.echonet.V2hSimulator}) and from the command line
 * ({@link org.openhab.v2x.simulator.echonet.V2hSimulatorMain}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openhab.v2x.simulator.echonet;
