package com.kiorex.web.problem;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for refusals made by the container itself: the MP-JWT mechanism rejects a bad
 * token (wrong signature, issuer, audience, expired) before any JAX-RS code runs.
 */
@WebServlet("/problem/401")
public class ContainerProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(Problem.of(401, "Unauthorized",
                "the bearer token is invalid or expired; sign in again").json());
    }
}
