package be.brussels.international.coordination.dossier;

import java.util.Arrays;

/**
 * A reassignment that breaks one of the cell's rules. Carries a message key and its arguments, so that the
 * page explains the refusal in the reader's language.
 */
public class ReassignmentRefused extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    ReassignmentRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
