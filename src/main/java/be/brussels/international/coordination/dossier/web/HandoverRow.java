package be.brussels.international.coordination.dossier.web;

import be.brussels.international.coordination.dossier.Holding;
import be.brussels.international.coordination.staff.StaffMember;

/** What one dossier becomes, on the handover's confirmation page (public: templates read it). */
public record HandoverRow(Holding assignment, boolean vacant, StaffMember successor) {
}
