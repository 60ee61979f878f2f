package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;

/** Reading the audit log; nothing writes to it from outside. */
final class AuditEndpoint {
    private final AuditLog audit;

    AuditEndpoint(AuditLog audit) {
        this.audit = audit;
    }

    void register(ApiRouter router) {
        router.staff("GET", ApiPaths.AUDIT, this::list);
    }

    private Object list(ApiRequest request) {
        Paging paging = Paging.of(request);
        return audit.page(paging.page(), paging.size());
    }
}
