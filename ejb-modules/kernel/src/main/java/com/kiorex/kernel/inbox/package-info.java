/** The in-app inbox: short messages and alerts for an account, written by consumers of events. */
package com.kiorex.kernel.inbox;
