package be.brussels.international.coordination.shared;

/**
 * What an e-mail address typed into a form must look like, the rule the database's checks hold too: no
 * space of any kind (PostgreSQL's {@code \s} counts U+2003 and U+3000 as spaces, so Java's must as well,
 * hence {@code (?U)}), one {@code @}, a dot after it; at most 254 characters (RFC 5321).
 */
public final class EmailAddress {

    /** For {@code @Pattern(regexp = EmailAddress.REGEXP)}; its message is {@code Pattern.email}. */
    public static final String REGEXP = "(?U)^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && address.matches(REGEXP);
    }
}
