/** MicroProfile Health: liveness, and readiness of the database, broker and identity provider. */
package com.kiorex.web.health;
