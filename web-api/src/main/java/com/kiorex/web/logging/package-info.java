/**
 * Log lines name the request they belong to: the request id travels in a thread-local for the
 * length of an API request, and a filter on the server's log handlers writes it into every record
 * logged meanwhile, the server's and libraries' own included.
 */
package com.kiorex.web.logging;
