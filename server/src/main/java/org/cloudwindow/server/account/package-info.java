/**
 * User accounts, signing in and out, and the security rules of the API. Public surface:
 * {@link org.cloudwindow.server.account.AccountService} and its records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.account;
