/**
 * RFC 9457 problem details: every error leaves as {@code application/problem+json} with a
 * status, a title, a safe detail, the request id and, for validation, the fields at fault.
 * No stack traces, class names or PHI.
 */
package com.kiorex.web.problem;
