package org.cloudwindow.server.catalog;

import java.util.List;
import org.cloudwindow.server.web.ProblemCode;

/**
 * An import refused whole, nothing written: {@link ProblemCode#MALFORMED} when the file is not
 * JSON, {@link ProblemCode#VALIDATION} when matters in it break the catalogue's rules.
 */
public class CatalogImportException extends RuntimeException {

  private final ProblemCode problem;
  private final List<ImportProblem> problems;

  CatalogImportException(ProblemCode problem, List<ImportProblem> problems) {
    super(problem.code() + ": " + problems.stream().map(ImportProblem::message).limit(20).toList());
    this.problem = problem;
    this.problems = List.copyOf(problems);
  }

  public ProblemCode problem() {
    return problem;
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
