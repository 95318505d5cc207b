package org.cloudwindow.server.consult;

/** What an expert shows as availability changed: by their own choice, or a call made them BUSY or let them go. */
record ExpertAvailabilityChanged(long expertId, Availability availability) {}
