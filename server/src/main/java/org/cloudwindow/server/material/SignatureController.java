package org.cloudwindow.server.material;

import java.io.IOException;
import java.io.InputStream;
import org.cloudwindow.server.casework.CaseSignatures;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's signature: the PNG bytes as the body (any declared type; the content decides). */
@RestController
class SignatureController {

  private final SignatureService signatures;

  SignatureController(SignatureService signatures) {
    this.signatures = signatures;
  }

  @PostMapping("/api/cases/{id}/signature")
  CaseSignatures.Signature sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, InputStream body)
      throws IOException {
    return signatures.sign(user, id, body);
  }
}
