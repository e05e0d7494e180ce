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
package org.openhab.core.automation;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/** A rule's status with its detail and an optional description. */
public class RuleStatusInfo {

    private final RuleStatus status;
    private final RuleStatusDetail statusDetail;
    private final @Nullable String description;

    /** For reflective instantiation (deserialisation) only. */
    protected RuleStatusInfo() {
        this(RuleStatus.UNINITIALIZED);
    }

    public RuleStatusInfo(RuleStatus status) {
        this(status, RuleStatusDetail.NONE);
    }

    public RuleStatusInfo(RuleStatus status, RuleStatusDetail statusDetail) {
        this(status, statusDetail, null);
    }

    public RuleStatusInfo(RuleStatus status, RuleStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public RuleStatus getStatus() {
        return status;
    }

    public RuleStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        String text = status + (statusDetail == RuleStatusDetail.NONE ? "" : " (" + statusDetail + ")");
        return description == null || description.isBlank() ? text : text + ": " + description;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, statusDetail, description);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RuleStatusInfo other && status == other.status && statusDetail == other.statusDetail
                && Objects.equals(description, other.description);
    }
}
