package org.cloudwindow.server.web;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps every failure of a controller to one of our problem details; nothing internal leaks. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Problems problems;

  ApiExceptionHandler(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApi(ApiException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> fields = e.fieldProblems().stream()
        .map(field -> new FieldProblem(field.field(), field.code(),
            translated("validation." + field.code(), new Object[0], locale, field.message())))
        .toList();
    ProblemDetail problem = problems.of(e.problem(), fields, e.arguments());
    e.properties().forEach(problem::setProperty);
    return respond(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException e) {
    return respond(problems.of(ProblemCode.FORBIDDEN));
  }

  /** A uniqueness race lost against another request; the checks before the write missed it. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException e) {
    log.warn("Write refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return respond(problems.of(ProblemCode.CONFLICT));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    log.error("Unexpected failure", e);
    return respond(problems.of(ProblemCode.INTERNAL));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
        .map(error -> fieldProblem(error, locale))
        .toList();
    return new ResponseEntity<>(problems.of(ProblemCode.VALIDATION, fields), headers, HttpStatus.BAD_REQUEST);
  }

  /** Spring's own MVC exceptions (bad JSON, wrong media type, unknown path, ...). */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemCode code = switch (status.value()) {
      case 400 -> ProblemCode.MALFORMED;
      case 404 -> ProblemCode.NOT_FOUND;
      case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
      case 406 -> ProblemCode.NOT_ACCEPTABLE;
      case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
      default -> status.is5xxServerError() ? ProblemCode.INTERNAL : ProblemCode.MALFORMED;
    };
    if (code == ProblemCode.INTERNAL) {
      log.error("Request failed", e);
    } else {
      log.debug("Request refused: {}", e.getMessage());
    }
    ProblemDetail problem = problems.of(code);
    problem.setStatus(status.value());
    return new ResponseEntity<>(problem, headers, status);
  }

  private FieldProblem fieldProblem(FieldError error, Locale locale) {
    String code = error.getCode() == null ? "invalid" : error.getCode();
    String fallback = error.getDefaultMessage() == null ? code : error.getDefaultMessage();
    return new FieldProblem(error.getField(), code,
        translated("validation." + code, error.getArguments(), locale, fallback));
  }

  private String translated(String key, Object[] arguments, Locale locale, String fallback) {
    String message = problems.message(key, arguments, locale);
    return message.equals(key) ? fallback : message;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
