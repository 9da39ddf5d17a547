package be.brussels.international.coordination.visit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.shared.BaseEntity;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Refused;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An incoming delegation received in Brussels, or an outgoing mission abroad: who, when, why, its members
 * in order of precedence and its programme. Its state changes are methods that refuse what the protocol
 * office would not do (completing a visit that has not ended, adding an item outside its dates...).
 */
@Entity
@Table(name = "delegation_visit")
@Audited
public class DelegationVisit extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private VisitDirection direction;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String origin;

    private String title;

    private String purpose;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String headName;

    private String headFunction;

    @Enumerated(EnumType.STRING)
    private HeadLevel headLevel;

    private Integer delegationSize;

    private String hosts;

    @Enumerated(EnumType.STRING)
    private VisitStatus status = VisitStatus.PLANNED;

    private String outcomes;

    private String nextSteps;

    private boolean thankYouSent;

    private String loggedBy;

    private Instant loggedAt;

    @Embedded
    private Logistics logistics = Logistics.none();

    @NotAudited
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("precedence, id")
    private List<VisitMember> members = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("day, startsAt, id")
    private List<ProgrammeItem> programme = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<VisitGift> gifts = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private Set<VisitInterpreter> interpreters = new LinkedHashSet<>();

    protected DelegationVisit() {
    }

    DelegationVisit(VisitDetails details, Partner partner, String loggedBy) {
        this.loggedBy = loggedBy;
        this.loggedAt = Instant.now();
        apply(details, partner);
    }

    /** Changes what was recorded. The programme must still fall within the dates. */
    void update(VisitDetails details, Partner partner) {
        refuseIfClosed();
        List<ProgrammeItem> outside = programme.stream()
                .filter(i -> i.getDay().isBefore(details.startsOn()) || i.getDay().isAfter(details.endsOn())).toList();
        if (details.startsOn() != null && details.endsOn() != null && !outside.isEmpty()) {
            throw new VisitRefused("visit.refused.itemsOutside", outside.size());
        }
        apply(details, partner);
    }

    private void apply(VisitDetails details, Partner partner) {
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new VisitRefused("visit.refused.endBeforeStart");
        }
        if (partner == null && (details.origin() == null || details.origin().isBlank())) {
            throw new VisitRefused("visit.refused.noOrigin");
        }
        this.direction = details.direction();
        this.kind = details.kind();
        this.partner = partner;
        this.origin = details.origin();
        this.title = details.title();
        this.purpose = details.purpose();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.headName = details.headName();
        this.headFunction = details.headFunction();
        this.headLevel = details.headLevel();
        this.delegationSize = details.delegationSize();
        this.hosts = details.hosts();
    }

    /**
     * Departure cannot come before arrival; an escort request needs the day it was requested, which cannot be
     * later than today (it records a request made, not one planned).
     */
    void updateLogistics(Logistics newLogistics, LocalDate today) {
        refuseIfClosed();
        // Every mistake said at once, each by its field (they came one save after another).
        List<Refused> found = new ArrayList<>();
        if (newLogistics.arrivalOn() != null && newLogistics.departureOn() != null
                && newLogistics.departureOn().isBefore(newLogistics.arrivalOn())) {
            found.add(new VisitRefused("visit.refused.departureBeforeArrival").onField("departureOn"));
        }
        try {
            checkEscortRequestedOn(newLogistics.escortRequestedOn(), today);
        }
        catch (VisitRefused refused) {
            found.add(refused);
        }
        if (newLogistics.escortRequested() && newLogistics.escortRequestedOn() == null) {
            found.add(new VisitRefused("visit.refused.escortUndated").onField("escortRequestedOn"));
        }
        Refused refused = Refused.together(found);
        if (refused != null) {
            throw refused;
        }
        this.logistics = newLogistics;
    }

    /** The day an escort was requested is a day that has come (it records a request made, not one planned). */
    static void checkEscortRequestedOn(LocalDate requestedOn, LocalDate today) {
        if (requestedOn != null && requestedOn.isAfter(today)) {
            throw new VisitRefused("visit.refused.escortInFuture").onField("escortRequestedOn");
        }
    }

    void confirm() {
        if (status != VisitStatus.PLANNED) {
            throw new VisitRefused("visit.refused.transition", status);
        }
        status = VisitStatus.CONFIRMED;
    }

    /** Only after its last day, with what it led to. */
    void complete(FollowUp followUp, LocalDate today) {
        if (status != VisitStatus.PLANNED && status != VisitStatus.CONFIRMED) {
            throw new VisitRefused("visit.refused.transition", status);
        }
        if (today.isBefore(endsOn)) {
            throw new VisitRefused("visit.refused.completeBeforeEnd", endsOn);
        }
        if (followUp.outcomes() == null || followUp.outcomes().isBlank()) {
            throw new VisitRefused("visit.refused.followUpRequired");
        }
        this.outcomes = followUp.outcomes();
        this.nextSteps = followUp.nextSteps();
        this.thankYouSent = followUp.thankYouSent();
        this.status = VisitStatus.COMPLETED;
    }

    void cancel() {
        if (status != VisitStatus.PLANNED && status != VisitStatus.CONFIRMED) {
            throw new VisitRefused("visit.refused.transition", status);
        }
        status = VisitStatus.CANCELLED;
    }

    void addMember(MemberDetails details) {
        refuseIfClosed();
        VisitMember member = new VisitMember(this, details);
        members.add(member);
        takeRank(member);
    }

    /**
     * The order of precedence is an order: a member given a rank another holds takes it, and those from that rank on
     * move down one; the ranks are then 1, 2, 3… (two members both « 1 » were kept, the table saying « 1, 1 »).
     */
    private void takeRank(VisitMember member) {
        List<VisitMember> others = new ArrayList<>(members);
        others.remove(member);
        others.sort(Comparator.comparingInt(VisitMember::getPrecedence).thenComparing(VisitMember::getId,
                Comparator.nullsLast(Comparator.naturalOrder())));
        int place = Math.max(0, Math.min(member.getPrecedence() - 1, others.size()));
        others.add(place, member);
        for (int i = 0; i < others.size(); i++) {
            others.get(i).rank(i + 1);
        }
        members.sort(Comparator.comparingInt(VisitMember::getPrecedence));
    }

    /** Gifts are recorded whatever the visit's state: they are often known only afterwards. */
    void addGift(GiftDetails details) {
        if (status == VisitStatus.CANCELLED) {
            throw new VisitRefused("visit.refused.closed");
        }
        gifts.add(new VisitGift(this, details));
    }

    void changeGift(long giftId, GiftDetails details) {
        if (status == VisitStatus.CANCELLED) {
            throw new VisitRefused("visit.refused.closed");
        }
        find(gifts, VisitGift::getId, giftId, "Gift").change(details);
    }

    void removeGift(long giftId) {
        gifts.removeIf(g -> Objects.equals(g.getId(), giftId));
    }

    void changeMember(long memberId, MemberDetails details) {
        refuseIfClosed();
        VisitMember member = find(members, VisitMember::getId, memberId, "Member");
        member.change(details);
        takeRank(member);
    }

    void removeMember(long memberId) {
        refuseIfClosed();
        members.removeIf(m -> Objects.equals(m.getId(), memberId));
        // Those after it move up one.
        members.sort(Comparator.comparingInt(VisitMember::getPrecedence));
        for (int i = 0; i < members.size(); i++) {
            members.get(i).rank(i + 1);
        }
    }

    /** An item must fall within the visit's dates; overlapping items are allowed and flagged. */
    void addItem(ItemDetails details) {
        checkItem(details);
        programme.add(new ProgrammeItem(this, details));
    }

    void changeItem(long itemId, ItemDetails details) {
        checkItem(details);
        find(programme, ProgrammeItem::getId, itemId, "Programme item").change(details);
    }

    void removeItem(long itemId) {
        refuseIfClosed();
        ProgrammeItem item = find(programme, ProgrammeItem::getId, itemId, "Programme item");
        interpreters.forEach(interpreter -> interpreter.leave(item));
        programme.remove(item);
    }

    void addInterpreter(InterpreterDetails details) {
        refuseIfClosed();
        interpreters.add(new VisitInterpreter(this, details, itemsOf(details)));
    }

    void changeInterpreter(long interpreterId, InterpreterDetails details) {
        refuseIfClosed();
        find(List.copyOf(interpreters), VisitInterpreter::getId, interpreterId, "Interpreter")
                .change(details, itemsOf(details));
    }

    void removeInterpreter(long interpreterId) {
        refuseIfClosed();
        interpreters.remove(find(List.copyOf(interpreters), VisitInterpreter::getId, interpreterId, "Interpreter"));
    }

    /** The items an interpreter works at: items of this visit only. */
    private Set<ProgrammeItem> itemsOf(InterpreterDetails details) {
        Set<ProgrammeItem> items = new LinkedHashSet<>();
        for (Long itemId : details.itemIds()) {
            items.add(find(programme, ProgrammeItem::getId, itemId, "Programme item"));
        }
        return items;
    }

    /** An item must fall within the visit's dates, and end after it starts; overlaps are allowed and flagged. */
    private void checkItem(ItemDetails details) {
        refuseIfClosed();
        checkItemDay(details.day());
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new VisitRefused("visit.refused.itemEndBeforeStart");
        }
    }

    /**
     * A programme item's day falls within the visit's dates: also asked by a form refused for another reason, so that
     * all its mistakes are said at once.
     */
    public void checkItemDay(LocalDate day) {
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            throw (startsOn.equals(endsOn) ? new VisitRefused("visit.refused.itemOutsideDay", startsOn)
                    : new VisitRefused("visit.refused.itemOutside", startsOn, endsOn)).onField("day");
        }
    }

    /** One of the visit's members, items, gifts...; another visit's, or none, is not found. */
    private static <T> T find(List<T> records, Function<T, Long> id, long wanted, String kind) {
        return records.stream().filter(r -> Objects.equals(id.apply(r), wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException(kind, wanted));
    }

    private void refuseIfClosed() {
        if (status == VisitStatus.COMPLETED || status == VisitStatus.CANCELLED) {
            throw new VisitRefused("visit.refused.closed", status);
        }
    }

    /** The programme day by day, each day in order of time. */
    public Map<LocalDate, List<ProgrammeItem>> getProgrammeByDay() {
        return programme.stream().sorted(Comparator.comparing(ProgrammeItem::getDay)
                .thenComparing(ProgrammeItem::getStartsAt)).collect(Collectors.groupingBy(ProgrammeItem::getDay,
                        LinkedHashMap::new, Collectors.toList()));
    }

    /** The ids of the items that share time with another item of the same day: a warning, not an error. */
    public Set<Long> getOverlappingItemIds() {
        return programme.stream().filter(i -> programme.stream().anyMatch(i::overlaps)).map(ProgrammeItem::getId)
                .collect(Collectors.toSet());
    }

    /** Where the delegation comes from or goes to: the partner's name, or the free text. */
    public boolean isFromPartner() {
        return partner != null;
    }

    public boolean isClosed() {
        return status == VisitStatus.COMPLETED || status == VisitStatus.CANCELLED;
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public VisitKind getKind() {
        return kind;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getOrigin() {
        return origin;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHeadFunction() {
        return headFunction;
    }

    public HeadLevel getHeadLevel() {
        return headLevel;
    }

    public Integer getDelegationSize() {
        return delegationSize;
    }

    public String getHosts() {
        return hosts;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public boolean isThankYouSent() {
        return thankYouSent;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    /** The escort was requested too late for the crisis centre's notice: a warning. */
    public boolean isEscortNoticeShort() {
        return getLogistics().isEscortNoticeShort(startsOn);
    }

    /** Never null: an empty record when nothing is known yet. */
    /**
     * The last day to request an escort from the crisis centre: two working days before the arrival (the
     * visit's first day when the arrival is not known).
     */
    public LocalDate getEscortRequestDeadline() {
        LocalDate day = logistics.arrivalOn() != null ? logistics.arrivalOn() : startsOn;
        int workingDays = 0;
        while (workingDays <= Logistics.ESCORT_NOTICE_WORKING_DAYS) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        return day;
    }

    public Logistics getLogistics() {
        return logistics == null ? Logistics.none() : logistics;
    }

    public List<VisitMember> getMembers() {
        return List.copyOf(members);
    }

    /** The interpreters working at that item of the programme. */
    public List<VisitInterpreter> interpretersOf(ProgrammeItem item) {
        return interpreters.stream().filter(interpreter -> interpreter.works(item)).sorted(VisitInterpreter.byName())
                .toList();
    }

    /** The interpreters by name, as every list orders names (the database's collation may not). */
    public List<VisitInterpreter> getInterpreters() {
        return interpreters.stream().sorted(VisitInterpreter.byName()).toList();
    }

    public List<VisitGift> getGifts() {
        return List.copyOf(gifts);
    }

    public List<ProgrammeItem> getProgramme() {
        return List.copyOf(programme);
    }
}
