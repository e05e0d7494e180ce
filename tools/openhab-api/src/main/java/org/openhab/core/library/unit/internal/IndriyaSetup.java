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
package org.openhab.core.library.unit.internal;

import tech.units.indriya.function.Calculus;
import tech.units.indriya.function.DefaultNumberSystem;

/**
 * Indriya finds its number system through {@link java.util.ServiceLoader} and the thread's context class loader,
 * which in an OSGi framework is not indriya's own: the lookup fails and every unit class fails to load. The
 * stand-in sets indriya's default number system before any unit is created.
 */
public final class IndriyaSetup {

    static {
        Calculus.setCurrentNumberSystem(new DefaultNumberSystem());
    }

    private IndriyaSetup() {
    }

    /** Runs the static set-up once; calling it again costs nothing. */
    public static void ensure() {
        // the work is done by the class initialiser
    }
}
