package org.svyaz.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.shell.UserFacingException;
import org.svyaz.shell.VersionConflict;

/**
 * What a page shows when something fails that its controller did not handle itself: an error
 * page in the user's language, or, for an htmx request, a message in the page's message area.
 * Never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

    private final MessageSource messages;
    private final UploadLimit uploadLimit;

    PageErrorHandling(MessageSource messages, UploadLimit uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(RecordNotFound.class)
    ModelAndView notFound(RecordNotFound notFound, HttpServletRequest request, HttpServletResponse response) {
        return show(HttpStatus.NOT_FOUND, text(notFound), request, response);
    }

    @ExceptionHandler(NotPermitted.class)
    ModelAndView notPermitted(NotPermitted notPermitted, HttpServletRequest request, HttpServletResponse response) {
        return show(HttpStatus.FORBIDDEN, text(notPermitted), request, response);
    }

    @ExceptionHandler(VersionConflict.class)
    ModelAndView conflict(VersionConflict conflict, HttpServletRequest request, HttpServletResponse response) {
        return show(HttpStatus.CONFLICT, text(conflict), request, response);
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput invalid, HttpServletRequest request, HttpServletResponse response) {
        String message = invalid.fieldErrors().values().stream()
                .map(error -> messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale()))
                .reduce((a, b) -> a + " " + b)
                .orElse(text(invalid));
        return show(HttpStatus.BAD_REQUEST, message, request, response);
    }

    /**
     * A path that names no record (an id that is no id) is a page that is not there; a value of
     * the query that the page cannot read (a mistyped priority) is said as such.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
            HttpServletResponse response) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return show(HttpStatus.NOT_FOUND, message("error.pageNotFound"), request, response);
        }
        return show(HttpStatus.BAD_REQUEST, message("error.badQueryValue", mismatch.getName(), String.valueOf(mismatch.getValue())),
                request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request, HttpServletResponse response) {
        return show(HttpStatus.BAD_REQUEST, message("error.document.tooLarge", uploadLimit.megabytes()), request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (failure instanceof NoResourceFoundException) {
            return show(HttpStatus.NOT_FOUND, message("error.pageNotFound"), request, response);
        }
        log.error("A page failed: {}", request.getRequestURI(), failure);
        return show(HttpStatus.INTERNAL_SERVER_ERROR, message("error.unexpected"), request, response);
    }

    /** A full error page, or for htmx a message swapped into the page's message area. */
    static ModelAndView show(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response) {
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
            ModelAndView alert = new ModelAndView("fragments/messages :: error");
            alert.addObject("message", message);
            alert.setStatus(HttpStatus.OK);
            return alert;
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.setStatus(status);
        return page;
    }

    private String text(UserFacingException exception) {
        return messages.getMessage(exception.messageKey(), exception.arguments(), LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
