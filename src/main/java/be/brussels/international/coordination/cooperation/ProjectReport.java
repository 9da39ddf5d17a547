package be.brussels.international.coordination.cooperation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A report a funded project owes: when it is due, when it was received. */
@Entity
@Table(name = "project_report")
@Audited
public class ProjectReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private ProjectApplication application;

    private LocalDate dueOn;

    private LocalDate receivedOn;

    private String note;

    protected ProjectReport() {
    }

    ProjectReport(ProjectApplication application, LocalDate dueOn, String note) {
        this.application = application;
        this.dueOn = dueOn;
        this.note = note;
    }

    void receive(LocalDate on) {
        if (receivedOn != null) {
            throw new CooperationRefused("cooperation.refused.reportReceived");
        }
        this.receivedOn = on;
    }

    public boolean isOverdueOn(LocalDate today) {
        return receivedOn == null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public ProjectApplication getApplication() {
        return application;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getNote() {
        return note;
    }
}
