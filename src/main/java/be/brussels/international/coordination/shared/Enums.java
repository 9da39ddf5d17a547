package be.brussels.international.coordination.shared;

/** A list's filter read from the query string: an unknown or empty value is no filter, never an error. */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code value} (surrounding spaces aside), or null when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
