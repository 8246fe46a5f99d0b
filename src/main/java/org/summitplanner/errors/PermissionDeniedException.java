package org.summitplanner.errors;

/**
 * The database server refused a change because the user's role may not make it (PostgreSQL
 * SQLSTATE 42501). Nothing was changed: the refused statement's transaction was rolled back.
 * The store recognises the driver's refusal (store.Refusals, service: TeamService.refusal).
 */
public final class PermissionDeniedException extends DatabaseException {

    public PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
