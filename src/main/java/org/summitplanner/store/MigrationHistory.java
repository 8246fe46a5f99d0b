package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Compares a database's Flyway history with this build's migrations, through the read-only
 * connection of the opening check, so that a mismatch is refused before Flyway writes anything
 * (Flyway's own validation runs inside {@code migrate}, on a connection that may write).
 *
 * <p>Accepted: every applied migration is one of ours with the same checksum; migrations of ours
 * not yet applied (an older database) are fine and are applied afterwards. Refused: a changed
 * checksum or description, a version we do not have (below our newest; above it is "newer" and
 * refused earlier with its own message), a failed migration, and a history whose first migration
 * is not our V1 (another program's).
 */
final class MigrationHistory {

    private static final String OUR_FIRST_SCRIPT = "V1__summit_schema.sql";

    private MigrationHistory() {
    }

    static void refuseMismatch(DataSource dataSource, MigrationInfo[] applied, Path dataFile) {
        MigrationInfo first = Arrays.stream(applied)
                .filter(m -> m.getVersion() != null && m.getVersion().equals(MigrationVersion.fromVersion("1")))
                .findFirst().orElse(null);
        boolean another = applied.length > 0 && (first == null || !OUR_FIRST_SCRIPT.equals(first.getScript()));
        if (another) {
            throw new DatabaseException(dataFile + " is a database of another program: its migration history "
                    + "(begun by " + (first == null ? applied[0].getScript() : first.getScript())
                    + ") is not Summit Planner's. Nothing was changed.");
        }
        ValidateResult result;
        try {
            result = Database.flyway(dataSource)
                    .ignoreMigrationPatterns("*:pending")
                    .load().validateWithResult();
        } catch (FlywayException e) {
            throw new DatabaseException("Cannot read the migration history of " + dataFile + ": "
                    + firstLine(e.getMessage()) + ". Nothing was changed.", e);
        }
        if (!result.validationSuccessful) {
            String what = result.invalidMigrations == null || result.invalidMigrations.isEmpty()
                    ? firstLine(result.errorDetails == null ? "unknown" : result.errorDetails.errorMessage)
                    : result.invalidMigrations.stream().limit(3)
                            .map(m -> "version " + m.version + ": " + firstLine(m.errorDetails.errorMessage))
                            .collect(Collectors.joining("; "));
            throw new DatabaseException(dataFile + ": its migration history does not match this Summit Planner ("
                    + what + "). It was changed by hand or by another program; nothing was changed.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
