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
package org.openhab.core.thing;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/** A thing's status with its detail and an optional human-readable description. */
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private final @Nullable String description;

    /** For reflective instantiation (deserialisation) only. */
    protected ThingStatusInfo() {
        this(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null);
    }

    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public ThingStatus getStatus() {
        return status;
    }

    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        String text = status + (statusDetail == ThingStatusDetail.NONE ? "" : " (" + statusDetail + ")");
        return description == null || description.isBlank() ? text : text + ": " + description;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, statusDetail, description);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ThingStatusInfo other && status == other.status
                && statusDetail == other.statusDetail && Objects.equals(description, other.description);
    }
}
