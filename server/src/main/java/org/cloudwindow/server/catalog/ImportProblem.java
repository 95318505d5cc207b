package org.cloudwindow.server.catalog;

/**
 * One reason an import file was refused.
 *
 * @param field the path of the offending value in the file, {@code [3].departmentCode} for the
 *     fourth matter (counting from 0), or empty for the file as a whole
 * @param code a stable key ({@code not-found}, {@code duplicate}, {@code required}, ...)
 * @param message a translated sentence that starts with the line, for a person to act on
 * @param line the line of the uploaded file (from 1) where the value, or the matter missing it, is
 */
public record ImportProblem(String field, String code, String message, int line) {}
