/** Schema migrations (Flyway) and persistence plumbing shared by the contexts. */
package com.kiorex.kernel.persistence;
