package be.brussels.international.coordination.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page {@link PageCache} may serve again from memory: a GET whose HTML depends only on the application's data, the
 * reader (their login, roles and session), the address with its parameters, the language and the day (or, with
 * {@link #everyMinute}, the minute) — nothing else (no file, no outside service, no setting changed at run time, no
 * table the data version leaves out).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {

    /**
     * The page depends on the time of day, not only on the date: it shows it (a partner's local time) or selects by
     * it (what is planned from now to seven days from now, to the minute). Made again every minute, not every day.
     */
    boolean everyMinute() default false;
}
