package com.kiorex.web.params;

import com.kiorex.kernel.paging.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} of every listing: zero-based page, 1 to 100 items (20 by default). Checked
 * here rather than with constraint annotations on the parameters, which make Payara's OpenAPI
 * generator fail (NullPointerException in ApplicationProcessor.addSchemaParameter).
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    public PageRequest toRequest() {
        if (page < 0) {
            throw new InvalidParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidParameter("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidParameter("page", "is beyond the last possible page");
        }
        return new PageRequest(page, size);
    }
}
