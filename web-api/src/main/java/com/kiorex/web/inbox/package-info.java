/** The signed-in user's in-app inbox. */
package com.kiorex.web.inbox;
