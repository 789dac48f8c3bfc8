/**
 * The shared kernel: what every bounded context needs and nothing that belongs to one of them —
 * the caller of the current request, domain exceptions, the audit trail, persistence and messaging
 * plumbing. Contexts depend on the kernel, never on each other's internals.
 */
package com.kiorex.kernel;
