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
package org.openhab.core.persistence;

import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a query asks a persistence service for: one item's states between two times (either may be in the future),
 * in pages, newest first unless the ordering says otherwise.
 */
public class FilterCriteria {

    /** The order of the results by time. */
    public enum Ordering {
        ASCENDING,
        DESCENDING
    }

    private @Nullable String itemName;
    private @Nullable ZonedDateTime beginDate;
    private @Nullable ZonedDateTime endDate;
    private int pageNumber = 0;
    private int pageSize = Integer.MAX_VALUE;
    private Ordering ordering = Ordering.DESCENDING;

    public FilterCriteria() {
    }

    public FilterCriteria(FilterCriteria filter) {
        this.itemName = filter.itemName;
        this.beginDate = filter.beginDate;
        this.endDate = filter.endDate;
        this.pageNumber = filter.pageNumber;
        this.pageSize = filter.pageSize;
        this.ordering = filter.ordering;
    }

    public @Nullable String getItemName() {
        return itemName;
    }

    public @Nullable ZonedDateTime getBeginDate() {
        return beginDate;
    }

    public @Nullable ZonedDateTime getEndDate() {
        return endDate;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPageSize() {
        return pageSize;
    }

    public Ordering getOrdering() {
        return ordering;
    }

    public FilterCriteria setItemName(String itemName) {
        this.itemName = itemName;
        return this;
    }

    public FilterCriteria setBeginDate(ZonedDateTime beginDate) {
        this.beginDate = beginDate;
        return this;
    }

    public FilterCriteria setEndDate(ZonedDateTime endDate) {
        this.endDate = endDate;
        return this;
    }

    public FilterCriteria setPageNumber(int pageNumber) {
        this.pageNumber = pageNumber;
        return this;
    }

    public FilterCriteria setPageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    public FilterCriteria setOrdering(Ordering ordering) {
        this.ordering = ordering;
        return this;
    }

    @Override
    public String toString() {
        return "FilterCriteria [itemName=" + itemName + ", beginDate=" + beginDate + ", endDate=" + endDate
                + ", pageNumber=" + pageNumber + ", pageSize=" + pageSize + ", ordering=" + ordering + "]";
    }
}
