package be.brussels.international.coordination.agreement;

/** What needs the holder's attention about an agreement. Labels: {@code agreement.alert.<NAME>}. */
public enum AgreementAlert {
    /** Expires within six months. */
    EXPIRES_SOON,
    /** The date to give notice (or decide on renewal) is within a month, or passed, before expiry. */
    NOTICE_DUE,
    /** The review date has passed. */
    REVIEW_PASSED,
    /** Key data to complete. */
    SIGNATURE_DATE_MISSING,
    ENTRY_INTO_FORCE_MISSING
}
