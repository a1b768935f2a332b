package org.svyaz.shell.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.svyaz.shell.ApiError;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.shell.UserFacingException;
import org.svyaz.shell.VersionConflict;

/**
 * Turns every failure of an API call into the error body API.md promises, in the caller's
 * language, with the status that says what went wrong; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    private final MessageSource messages;
    private final UploadLimit uploadLimit;
    private final ObjectMapper json;

    ApiErrorHandling(MessageSource messages, UploadLimit uploadLimit, ObjectMapper json) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
        this.json = json;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> invalid(InvalidInput invalid) {
        Map<String, String> fields = new LinkedHashMap<>();
        invalid.fieldErrors().forEach((field, error) -> fields.put(field, text(error.messageKey(), error.arguments())));
        String summary = fields.size() == 1 ? fields.values().iterator().next() : text(invalid.messageKey());
        return ResponseEntity.badRequest().body(new ApiError(summary, fields));
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<ApiError> notFound(RecordNotFound notFound) {
        return error(HttpStatus.NOT_FOUND, notFound);
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ApiError> notPermitted(NotPermitted notPermitted) {
        return error(HttpStatus.FORBIDDEN, notPermitted);
    }

    @ExceptionHandler(VersionConflict.class)
    ResponseEntity<ApiError> conflict(VersionConflict conflict) {
        return error(HttpStatus.CONFLICT, conflict);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException mismatch) {
        Class<?> expected = mismatch.getRequiredType();
        if (expected == UUID.class) {
            return field(mismatch.getName(), text("error.malformedId", mismatch.getName()));
        }
        if (expected == LocalDate.class) {
            return field(mismatch.getName(), text("error.badDate"));
        }
        return field(mismatch.getName(), text("error.badParameter", mismatch.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException missing) {
        return field(missing.getParameterName(), text("error.required"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException missing) {
        return field(missing.getRequestPartName(), text("error.required"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return field("file", text("error.document.tooLarge", uploadLimit.megabytes()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badUpload(MultipartException broken) {
        return field("file", text("error.upload"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            return field(pathOf(unknown), text("error.unknownProperty", unknown.getPropertyName()));
        }
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Class<?> expected = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return field(pathOf(mapping), expectedValue(expected));
        }
        return ResponseEntity.badRequest().body(ApiError.of(text("error.malformedJson")));
    }

    /** Where in the body the value stands, as the API's field names go: {@code steps[0].offset.unit}. */
    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the value should have been, so that the caller can mend it without the documentation. */
    private String expectedValue(Class<?> expected) {
        if (expected == null) {
            return text("error.badValue");
        }
        if (expected.isEnum()) {
            String choices = Arrays.stream(expected.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return text("error.oneOf", choices);
        }
        if (expected == LocalDate.class) {
            return text("error.badDate");
        }
        if (expected == OffsetDateTime.class) {
            return text("error.badInstant");
        }
        if (expected == UUID.class) {
            return text("error.badId");
        }
        if (expected == Integer.class || expected == int.class || expected == Long.class || expected == long.class) {
            return text("error.badWholeNumber");
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return text("error.badBoolean");
        }
        return text("error.badValue");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(text("error.mediaType")));
    }

    /**
     * A caller that accepts no JSON (e.g. {@code Accept: application/xml}) is told so in JSON all
     * the same: written here directly, since the answer cannot be negotiated to what it asked for.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiError.of(text("error.notAcceptable")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException unsupported) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of(text("error.method")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception failure) {
        log.error("An API call failed", failure);
        return ResponseEntity.internalServerError().body(ApiError.of(text("error.unexpected")));
    }

    private ResponseEntity<ApiError> error(HttpStatus status, UserFacingException exception) {
        return ResponseEntity.status(status).body(ApiError.of(text(exception.messageKey(), exception.arguments())));
    }

    private ResponseEntity<ApiError> field(String field, String message) {
        return ResponseEntity.badRequest().body(new ApiError(message, Map.of(field, message)));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
