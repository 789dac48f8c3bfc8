package com.kiorex.labs.entity;

/** Where the specimen is taken: at the lab, or at the patient's address by a collector. */
public enum CollectionMode {
    AT_LAB, HOME
}
