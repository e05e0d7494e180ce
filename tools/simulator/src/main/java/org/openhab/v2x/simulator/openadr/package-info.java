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
 * A minimal OpenADR 3.0.1 VTN (the utility's or aggregator's server) on loopback, for tests and the sandbox:
 * {@link org.openhab.v2x.simulator.openadr.VtnSimulator} serves a scripted day
 * ({@link org.openhab.v2x.simulator.openadr.VtnScript}) with switchable faults
 * ({@link org.openhab.v2x.simulator.openadr.VtnFault}); {@link org.openhab.v2x.simulator.openadr.VtnMain} is its
 * command line. The JSON objects ({@link org.openhab.v2x.simulator.openadr.Oadr3}) are written here from the
 * 3.0.1 OpenAPI definition, independently of the binding's VEN.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openhab.v2x.simulator.openadr;
