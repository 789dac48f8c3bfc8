/**
 * The OpenAPI document at {@code /openapi}: what Payara generates from the resources, completed by a
 * filter with the problem+json error responses every endpoint shares and with the request bodies'
 * constraints. The browsable UI is a static page of the WAR ({@code /openapi-ui/}).
 */
package com.kiorex.web.openapi;
