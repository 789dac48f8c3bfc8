package com.kiorex.notifications.entity;

/** The ways a person can be told something. */
public enum Channel {
    EMAIL, SMS, PUSH, IN_APP
}
