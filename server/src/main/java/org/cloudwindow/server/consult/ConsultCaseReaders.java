package org.cloudwindow.server.consult;

import org.cloudwindow.server.casework.CaseReaders;
import org.cloudwindow.server.casework.CaseRecord;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Experts read the case of a consultation they are assigned to (invited or accepted, not
 * declined), from the invitation on, so they can prepare before joining. Reading only.
 */
@Component
class ConsultCaseReaders implements CaseReaders {

  private final ConsultRepository consultations;

  ConsultCaseReaders(ConsultRepository consultations) {
    this.consultations = consultations;
  }

  @Override
  public boolean mayRead(CurrentUser user, CaseRecord found) {
    return user.has(Role.EXPERT) && consultations.assignedToCase(user.id(), found.id());
  }
}
