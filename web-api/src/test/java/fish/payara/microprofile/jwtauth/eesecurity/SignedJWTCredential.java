package fish.payara.microprofile.jwtauth.eesecurity;

import jakarta.security.enterprise.credential.Credential;

/** Stands in for Payara's bearer-token credential, which the store recognises by its class name. */
public class SignedJWTCredential implements Credential {

    private final String signedJWT;

    public SignedJWTCredential(String signedJWT) {
        this.signedJWT = signedJWT;
    }

    public String getSignedJWT() {
        return signedJWT;
    }
}
