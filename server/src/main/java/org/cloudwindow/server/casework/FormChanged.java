package org.cloudwindow.server.casework;

import java.util.Map;

/** Form fields of a case were stored with these new values and versions; told after commit. */
record FormChanged(long caseId, Map<String, FieldValue> fields) {}
