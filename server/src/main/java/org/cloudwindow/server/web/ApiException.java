package org.cloudwindow.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal a feature raises on purpose; it becomes a problem detail with the code's status.
 * Message arguments fill the translated detail ({@code problem.<code>.detail}).
 */
public class ApiException extends RuntimeException {

  private final ProblemType problem;
  private final List<FieldProblem> fieldProblems;
  private final Object[] arguments;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public ApiException(ProblemType problem, Object... arguments) {
    this(problem, List.of(), arguments);
  }

  public ApiException(ProblemType problem, List<FieldProblem> fieldProblems, Object... arguments) {
    super(problem.code());
    this.problem = problem;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.arguments = arguments.clone();
  }

  public static ApiException notFound(String what) {
    return new ApiException(ProblemCode.NOT_FOUND, what);
  }

  public static ApiException forbidden() {
    return new ApiException(ProblemCode.FORBIDDEN);
  }

  /** A single field breaks a rule only the server can check (uniqueness, existence). */
  public static ApiException invalidField(String field, String code, String message) {
    return new ApiException(ProblemCode.VALIDATION, List.of(new FieldProblem(field, code, message)));
  }

  /** Adds a machine-readable member to the problem, e.g. the chunk an upload should send next. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public ProblemType problem() {
    return problem;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  Map<String, Object> properties() {
    return Map.copyOf(properties);
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
