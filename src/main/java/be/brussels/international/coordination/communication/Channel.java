package be.brussels.international.coordination.communication;

/** Where the cell publishes. Labels: {@code editorial.channel.<NAME>}. */
public enum Channel {
    WEBSITE, X, NEWSLETTER
}
