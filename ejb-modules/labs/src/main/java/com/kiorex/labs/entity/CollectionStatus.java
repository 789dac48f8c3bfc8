package com.kiorex.labs.entity;

import java.util.Set;

/** How far the collection of an order's specimen has got. It moves forward only. */
public enum CollectionStatus {
    SCHEDULED, COLLECTOR_ASSIGNED, COLLECTED, RECEIVED_AT_LAB, CANCELLED;

    public boolean mayBecome(CollectionStatus next) {
        return switch (this) {
            case SCHEDULED -> Set.of(COLLECTOR_ASSIGNED, COLLECTED, CANCELLED).contains(next);
            case COLLECTOR_ASSIGNED -> Set.of(COLLECTED, CANCELLED).contains(next);
            case COLLECTED -> next == RECEIVED_AT_LAB;
            case RECEIVED_AT_LAB, CANCELLED -> false;
        };
    }
}
