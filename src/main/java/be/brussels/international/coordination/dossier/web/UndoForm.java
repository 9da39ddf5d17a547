package be.brussels.international.coordination.dossier.web;

import java.io.Serializable;

/** Why the latest decision on a dossier is undone (may be left empty). */
class UndoForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
