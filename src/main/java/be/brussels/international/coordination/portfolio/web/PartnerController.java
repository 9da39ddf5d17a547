package be.brussels.international.coordination.portfolio.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

import be.brussels.international.coordination.contact.NoteKind;
import be.brussels.international.coordination.dossier.DossierQueries;
import be.brussels.international.coordination.partner.Continent;
import be.brussels.international.coordination.partner.Partner;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.portfolio.PartnerPortfolio;
import be.brussels.international.coordination.portfolio.Timeline;
import be.brussels.international.coordination.portfolio.TimelineEntry;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.PageReads;
import be.brussels.international.coordination.shared.TableExport;
import be.brussels.international.coordination.partner.PartnerFilter;
import be.brussels.international.coordination.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import be.brussels.international.coordination.web.CachedPage;
import org.springframework.web.bind.annotation.RequestParam;
import be.brussels.international.coordination.staff.PeopleNames;
import be.brussels.international.coordination.staff.StaffDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.country;
import static be.brussels.international.coordination.shared.TableExport.label;

@Controller
class PartnerController {

    private final PartnerCatalog partners;

    private final PartnerPortfolio portfolio;

    private final DossierQueries dossiers;

    private final StaffDirectory staff;

    private final PeopleNames people;

    private final Timeline timeline;

    private final Clock clock;

    private final TableExport export;

    private final PageReads reads;

    PartnerController(PartnerCatalog partners, PartnerPortfolio portfolio, DossierQueries dossiers,
            StaffDirectory staff, PeopleNames people, Timeline timeline, Clock clock, TableExport export,
            PageReads reads) {
        this.reads = reads;
        this.partners = partners;
        this.people = people;
        this.portfolio = portfolio;
        this.dossiers = dossiers;
        this.staff = staff;
        this.timeline = timeline;
        this.clock = clock;
        this.export = export;
    }

    /** All partners with their holders today, filtered. Values that do not bind are ignored, never a 400. */
    @CachedPage
    @GetMapping("/partners")
    String list(@ModelAttribute("filter") PartnerListForm filter, BindingResult ignoredBindingErrors,
            @RequestParam(required = false) String sort, @PageableDefault(size = 30) Pageable pageable, Locale locale,
            Model model) {
        ListSort sorting = ListSort.of(sort, PartnerCatalog.SORTABLE);
        model.addAttribute("sorting", sorting);
        return reads.of(() -> {
            List<Long> heldByHolder = filter.getHolder() == null ? List.of()
                    : dossiers.partnerIdsHeldBy(filter.getHolder());
            Page<Partner> page = partners.search(filter.toFilter(heldByHolder), sorting.column(),
                    sorting.descending(), pageable, locale);
            model.addAttribute("partners", page.getContent());
            model.addAttribute("holders", dossiers.currentHoldersOfPartners(page.map(Partner::getId).getContent()));
            model.addAttribute("paging", PageLinks.of(page));
            model.addAttribute("continents", Continent.values());
            model.addAttribute("relations", PartnerListForm.Relation.values());
            model.addAttribute("states", List.of(PartnerListForm.State.FORMER, PartnerListForm.State.ALL));
            model.addAttribute("people", staff.presentChoices());
            return "partner/list";
        });
    }

    /** A partner of the list with its holders today, for the export. */
    private record PartnerRow(Partner partner, List<StaffMember> holders) {
    }

    /** The partners the filters show, as {@code ?export=csv} or {@code ?export=xlsx}, holders included. */
    @GetMapping(value = "/partners", params = "export")
    void export(@ModelAttribute("filter") PartnerListForm filter, BindingResult ignoredBindingErrors,
            @RequestParam("export") String format, @RequestParam(required = false) String sort, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, PartnerCatalog.SORTABLE);
        List<Long> heldByHolder = filter.getHolder() == null ? List.of() : dossiers.partnerIdsHeldBy(filter.getHolder());
        PartnerFilter chosen = filter.toFilter(heldByHolder);
        export.write(TableExport.Format.of(format), "partners", List.<TableExport.Column<PartnerRow>>of(
                column("partner.name", row -> row.partner().getName().in(locale)),
                column("partner.name.fr", row -> row.partner().getName().fr()),
                column("partner.name.nl", row -> row.partner().getName().nl()),
                column("partner.name.en", row -> row.partner().getName().en()),
                column("partner.kind", row -> label("partner.kind." + row.partner().getKind())),
                column("partner.country", row -> country(row.partner().getCountryCode())),
                column("partner.continent", row -> label("partner.continent." + row.partner().getContinent())),
                column("partner.relation", row -> label(row.partner().isDevelopmentCooperation()
                        ? "partner.relation.DEVELOPMENT_COOPERATION" : "partner.relation.BILATERAL")),
                column("partner.holders", row -> row.holders().stream().map(StaffMember::getFullName)
                        .collect(Collectors.joining(", ")))),
                TableExport.pages(page -> partners.search(chosen, sorting.column(), sorting.descending(), page, locale),
                        page -> {
                    Map<Long, List<StaffMember>> holders = dossiers.currentHoldersOfPartners(
                            page.stream().map(Partner::getId).toList());
                    return page.stream().map(p -> new PartnerRow(p, holders.getOrDefault(p.getId(), List.of())))
                            .toList();
                }), locale, response);
    }

    /** The partner's life, newest first: notes, visits, agreement events, decisions about its dossier. */
    @GetMapping("/partners/{slug}/timeline")
    String timeline(@PathVariable String slug, @PageableDefault(size = 20) Pageable pageable, Model model) {
        Partner partner = partner(slug);
        Page<TimelineEntry> page = timeline.of(partner.getId(), pageable);
        model.addAttribute("partner", partner);
        model.addAttribute("entries", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        return "partner/timeline";
    }

    /** The partner's whole timeline, newest first, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/partners/{slug}/timeline", params = "export")
    void timeline(@PathVariable String slug, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        Partner partner = partner(slug);
        export.write(TableExport.Format.of(format), "timeline-" + slug, List.<TableExport.Column<TimelineEntry>>of(
                column("export.timeline.on", TimelineEntry::on),
                column("export.timeline.source", e -> label("timeline.source." + e.source())),
                column("export.timeline.kind", e -> label(e.kindKey())),
                column("export.timeline.title", e -> e.title(locale)),
                column("export.timeline.text", TimelineEntry::text),
                column("export.timeline.who", e -> people.name(e.who()))),
                TableExport.pages(page -> timeline.of(partner.getId(), page)), locale, response);
    }

    /** A partner's portfolio: its names, where and what it is, its dossier and who holds it today. */
    @CachedPage(everyMinute = true) // the partner's local time
    @GetMapping("/partners/{slug}")
    String show(@PathVariable String slug, Model model) {
        PartnerPortfolio.Page page = portfolio.of(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
        Partner partner = page.partner();
        model.addAttribute("partner", partner);
        ZonedDateTime localTime = ZonedDateTime.now(clock).withZoneSameInstant(partner.getTimeZone())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        model.addAttribute("localTime", localTime);
        model.addAttribute("localTimeIso", localTime.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        model.addAttribute("dossier", page.dossier());
        model.addAttribute("assignments", page.assignments());
        model.addAttribute("visits", page.visits());
        model.addAttribute("agreements", page.agreements());
        model.addAttribute("contacts", page.contacts());
        model.addAttribute("events", page.events());
        model.addAttribute("projects", page.projects());
        model.addAttribute("notes", page.notes());
        // The contacts, notes and agreements sections offer changes only to those allowed.
        model.addAttribute("canEdit", page.canEdit());
        model.addAttribute("changeableNotes", page.changeableNotes());
        model.addAttribute("noteKinds", NoteKind.values());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "partner/show";
    }

    private Partner partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFoundException("Partner", slug));
    }
}
