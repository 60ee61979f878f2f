package org.grouprise.server.adminapi;

import org.grouprise.model.Problem;
import org.grouprise.model.ProblemTypes;

import java.util.Map;
import java.util.Optional;

/** A request the admin API refuses, carrying the problem body it answers with. */
final class ApiException extends RuntimeException {
    private final transient Problem problem;

    private ApiException(Problem problem) {
        super(problem.status() + " " + problem.title(), null, false, false);
        this.problem = problem;
    }

    static ApiException of(int status, String type, String title) {
        return new ApiException(new Problem(type, title, status, Optional.empty(), Map.of()));
    }

    static ApiException unauthenticated(String detail) {
        return new ApiException(new Problem(ProblemTypes.UNAUTHENTICATED, "Authentication required", 401,
            Optional.of(detail), Map.of()));
    }

    static ApiException notStaff() {
        return of(403, ProblemTypes.NOT_STAFF, "The account is not staff");
    }

    static ApiException notFound(String detail) {
        return new ApiException(new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, Optional.of(detail), Map.of()));
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(Problem.of(400, "Invalid request").withFieldError(field, message))
            .withType(ProblemTypes.INVALID_REQUEST);
    }

    static ApiException conflict(String detail) {
        return new ApiException(new Problem(ProblemTypes.CONFLICT, "Conflict", 409, Optional.of(detail), Map.of()));
    }

    Problem problem() {
        return problem;
    }

    private ApiException withType(String type) {
        return new ApiException(new Problem(type, problem.title(), problem.status(), problem.detail(),
            problem.fieldErrors()));
    }
}
