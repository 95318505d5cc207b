package org.cloudwindow.server.web;

/**
 * One invalid field of a request.
 *
 * @param field the request field's name, as the client sent it
 * @param code a stable key: the constraint's simple name ({@code NotBlank}, {@code Size}) or a
 *     rule of ours ({@code duplicate}, {@code not-found})
 * @param message a translated sentence a person can act on
 */
public record FieldProblem(String field, String code, String message) {}
