package be.brussels.international.coordination.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;

import be.brussels.international.coordination.shared.PageLinks;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * What every controller shares: typed text is trimmed and rid of NUL characters (blank text is no text); a
 * parameter that cannot be read gives the 400 page; a record changed by someone
 * else meanwhile, when the page does not handle it itself, gives the 409 page. (A missing record is a
 * {@code NotFoundException}: 404.)
 */
@ControllerAdvice
class GlobalControllerAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalControllerAdvice.class);

    /** A file above the upload limit never reaches a controller: the reader is told, nothing is stored. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        return errorPage(model, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /**
     * A request parameter no converter could read (Spring Data decoding a sort order such as {@code %}): the
     * reader's address is wrong, not the application.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, Model model) {
        LOG.debug("Unreadable request: {}", e.getMessage());
        return errorPage(model, HttpStatus.BAD_REQUEST);
    }

    /**
     * A parameter Tomcat cannot decode ({@code ?q=%ZZ}): the same page, without the container logging an error and
     * its stack trace for each such address.
     */
    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String undecodableParameter(InvalidParameterException e, Model model) {
        LOG.debug("Undecodable parameter: {}", e.getMessage());
        return errorPage(model, HttpStatus.BAD_REQUEST);
    }

    /**
     * An address without a parameter its page needs, or with it empty ({@code ?export=}): the same page, said as any
     * other wrong address (Spring's default answer was a bare 400 and a warning in the log for each).
     */
    @ExceptionHandler(ServletRequestBindingException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missingParameter(ServletRequestBindingException e, Model model) {
        LOG.debug("Incomplete request: {}", e.getMessage());
        return errorPage(model, HttpStatus.BAD_REQUEST);
    }

    /** A list's page past its last one: its last page (was an empty page saying nothing matched the filters). */
    @ExceptionHandler(PageLinks.PastTheLastPage.class)
    String pastTheLastPage(PageLinks.PastTheLastPage past) {
        return "redirect:" + past.getLastPage();
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        return errorPage(model, HttpStatus.CONFLICT);
    }

    /** The one error page (as Spring Boot's error controller gives it: the status in the model). */
    private static String errorPage(Model model, HttpStatus status) {
        model.addAttribute("status", status.value());
        return "error";
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        // NUL characters deleted too: PostgreSQL refuses them in text, and nobody types one.
        binder.registerCustomEditor(String.class, new StringTrimmerEditor("\u0000", true));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(Integer::valueOf, true));
        binder.registerCustomEditor(int.class, new WholeNumberEditor(Integer::valueOf, false));
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(Long::valueOf, true));
        binder.registerCustomEditor(long.class, new WholeNumberEditor(Long::valueOf, false));
        binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
        binder.setBindingErrorProcessor(new TypedValueErrors());
        // Spring also binds request headers to forms and filters (a header « status: CANCELLED » filtered the visits
        // list, and the page cache, keyed by the address, then served that list for the address alone): a form is
        // what the address and the body say, nothing else.
        if (binder instanceof ExtendedServletRequestDataBinder fromRequest) {
            fromRequest.setHeaderPredicate(header -> false);
        }
        // A password is taken as typed: a space at either end is part of it (and the login takes it so).
        for (String password : PASSWORD_FIELDS) {
            binder.registerCustomEditor(String.class, password, new VerbatimTextEditor());
        }
    }

    /** The fields of the password forms, which are never trimmed. */
    private static final List<String> PASSWORD_FIELDS = List.of("currentPassword", "newPassword", "confirmation");

    /** Text bound exactly as typed (NUL characters are removed before, by {@link NulCharacterFilter}). */
    private static final class VerbatimTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : text);
        }
    }
}
