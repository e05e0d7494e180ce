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
package org.openhab.binding.v2x.internal.handler;

import java.math.BigDecimal;

/**
 * Configuration of the car thing.
 *
 * @author openHAB V2X - Initial contribution
 */
public class EvConfiguration {
    public BigDecimal capacity = new BigDecimal(60);
    public int reserveSoc = 30;
    public int targetSoc = 80;
    public String departureTime = "07:30";
    public BigDecimal consumption = new BigDecimal(18);
}
