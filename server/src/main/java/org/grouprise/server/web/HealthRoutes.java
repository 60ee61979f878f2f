package org.grouprise.server.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /stadt/health}: the state of the database and the task runner as JSON, 200 when both
 * work and 503 otherwise, for load balancers and monitoring.
 */
public final class HealthRoutes {
    private final BooleanSupplier databaseUp;
    private final BooleanSupplier tasksUp;
    private final boolean tasksEnabled;

    public HealthRoutes(BooleanSupplier databaseUp, BooleanSupplier tasksUp, boolean tasksEnabled) {
        this.databaseUp = databaseUp;
        this.tasksUp = tasksUp;
        this.tasksEnabled = tasksEnabled;
    }

    public void register(Router router) {
        router.get("/stadt/health", this::health);
    }

    private Response health(WebRequest request) {
        boolean database = databaseUp.getAsBoolean();
        String tasks = !tasksEnabled ? "disabled" : tasksUp.getAsBoolean() ? "up" : "down";
        boolean healthy = database && !tasks.equals("down");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", healthy ? "up" : "down");
        body.put("database", database ? "up" : "down");
        body.put("tasks", tasks);
        return Response.json(body, healthy ? 200 : 503);
    }
}
