package org.summitplanner.ui.team;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.summitplanner.ui.common.Settings;

/**
 * What the Connect to team database dialog holds: server, port, database and user (remembered for next
 * time) and whether they make an address. The password is never part of it: the dialog hands it over
 * as characters that the connection clears.
 */
public final class ConnectModel {

    static final String HOST = "team.host";
    static final String PORT = "team.port";
    static final String DATABASE = "team.database";
    static final String USER = "team.user";

    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", System.getProperty("user.name", ""));
    private final StringBinding problem;
    private final Settings settings;

    public ConnectModel(Settings settings, ResourceBundle messages) {
        this.settings = settings;
        settings.get(HOST).ifPresent(host::set);
        settings.get(PORT).ifPresent(port::set);
        settings.get(DATABASE).ifPresent(database::set);
        settings.get(USER).ifPresent(user::set);
        problem = Bindings.createStringBinding(() -> {
            if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank()) {
                return messages.getString("connect.missing");
            }
            if (portNumber() < 0) {
                return messages.getString("connect.badPort");
            }
            return "";
        }, host, port, database, user);
    }

    /** Fills the fields from postgresql://HOST[:PORT]/DATABASE (as given on the command line) and a user. */
    public void fill(String address, String login) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)postgresql://(\\[[^\\]]+\\]|[^:/]+)(?::(\\d+))?/(.+)")
                .matcher(address);
        if (m.matches()) {
            host.set(m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1));
            port.set(m.group(2) == null ? "5432" : m.group(2));
            database.set(m.group(3));
        }
        if (login != null) {
            user.set(login);
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Empty when the fields make an address, else what is wrong. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    /** postgresql://HOST[:PORT]/DATABASE (the service checks it once more). */
    public String address() {
        String h = host.get().trim();
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return "postgresql://" + h + ":" + portNumber() + "/" + database.get().trim();
    }

    public String user() {
        return user.get().trim();
    }

    /** Remembers the fields (never a password) for the next time. */
    public void remember() {
        settings.put(HOST, host.get().trim());
        settings.put(PORT, port.get().trim());
        settings.put(DATABASE, database.get().trim());
        settings.put(USER, user.get().trim());
    }

    private int portNumber() {
        try {
            int p = Integer.parseInt(port.get().trim());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
