/** Page requests and pages of results, shared by every listing. */
package com.kiorex.kernel.paging;
