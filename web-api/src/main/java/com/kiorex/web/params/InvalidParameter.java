package com.kiorex.web.params;

/** A query or path parameter with a value the endpoint cannot use; answered as a 400 field error. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
