/**
 * The labs context's JPA entities and values. Entities keep their own rules (an order's collection
 * status moves forward only; a review item is resolved once); interpretation of a value against its
 * reference range lives in {@link com.kiorex.labs.entity.ReferenceLimits}.
 */
package com.kiorex.labs.entity;
