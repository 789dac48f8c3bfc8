/** The audit log over REST, for administrators. */
package com.kiorex.web.audit;
