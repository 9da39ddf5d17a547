package be.brussels.international.coordination.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that the request names does not exist: the reader gets the 404 page, never a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " not found: " + key);
    }
}
