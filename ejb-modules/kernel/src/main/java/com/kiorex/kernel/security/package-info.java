/** Who is calling (user, roles, client address, request id) and the roles the platform knows. */
package com.kiorex.kernel.security;
