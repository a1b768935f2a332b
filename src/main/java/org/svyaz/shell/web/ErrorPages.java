package org.svyaz.shell.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.svyaz.shell.ApiError;

/**
 * Errors that happen outside any controller (an unknown address, a failure in a filter): the
 * API gets its JSON error body, a browser an error page in its language.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final ObjectMapper json;

    ErrorPages(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiError> apiError(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        return ResponseEntity.status(status).body(ApiError.of(messageFor(status)));
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiError.of(messageFor(status)));
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.addObject("message", messageFor(status));
        page.setStatus(status);
        return page;
    }

    private String messageFor(HttpStatus status) {
        String key = switch (status) {
            case NOT_FOUND -> "error.pageNotFound";
            case FORBIDDEN -> "error.notPermitted";
            case UNAUTHORIZED -> "error.unauthorized";
            case BAD_REQUEST -> "error.badRequest";
            case METHOD_NOT_ALLOWED -> "error.method";
            case NOT_ACCEPTABLE -> "error.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "error.mediaType";
            default -> "error.unexpected";
        };
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The status of the failure forwarded here; {@code /error} asked for directly is an address with nothing at it. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
