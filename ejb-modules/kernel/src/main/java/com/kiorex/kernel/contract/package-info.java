/**
 * The published language between contexts: the events and requests one context sends another over
 * JMS, and the small service interfaces one context offers others. Contexts depend on these types,
 * never on each other's packages. Payloads carry identifiers and times, never names, notes or
 * results: anything a person would call PHI is looked up by the receiver through an interface here,
 * under that receiver's own access rules.
 */
package com.kiorex.kernel.contract;
