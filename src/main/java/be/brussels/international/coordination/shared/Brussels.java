package be.brussels.international.coordination.shared;

import java.time.ZoneId;

/** The cell works in Brussels time: "today" is a Brussels date whatever the server's zone. */
public final class Brussels {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private Brussels() {
    }
}
