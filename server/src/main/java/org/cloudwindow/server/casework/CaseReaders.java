package org.cloudwindow.server.casework;

import org.cloudwindow.server.identity.CurrentUser;

/**
 * Lets another feature admit a user to read a case they have no place in by site or ticket, e.g.
 * an expert invited to a consultation in the case's call. Reading only: this never lets anyone
 * change the case. Implementations answer from their own data and must not call
 * {@link CaseService#get} back.
 */
public interface CaseReaders {

  boolean mayRead(CurrentUser user, CaseRecord found);
}
