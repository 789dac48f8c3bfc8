/** Conversions of query and path parameters that JAX-RS does not do itself. */
package com.kiorex.web.params;
