package be.brussels.international.coordination.agreement.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.international.coordination.agreement.Agreement;
import be.brussels.international.coordination.agreement.AgreementEvent;
import be.brussels.international.coordination.agreement.AgreementEventKind;
import be.brussels.international.coordination.agreement.AgreementKind;
import be.brussels.international.coordination.agreement.AgreementStatus;
import be.brussels.international.coordination.agreement.AgreementDocuments;
import be.brussels.international.coordination.agreement.Agreements;
import be.brussels.international.coordination.dossier.PartnerEditRights;
import be.brussels.international.coordination.partner.PartnerCatalog;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Choice;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.brussels.international.coordination.shared.TableExport.column;
import static be.brussels.international.coordination.shared.TableExport.label;

/** The register of agreements: list, record, change, and the life of one agreement. */
@Controller
class AgreementController {

    /** Agreements refuse in their own words, and say so when someone else changed the agreement first. */
    private static final Submission SUBMISSION = Submission.of("agreement.conflict");

    private final Agreements agreements;

    private final PartnerCatalog partners;

    private final PartnerEditRights rights;

    private final AgreementDocuments documents;

    private final TableExport export;

    AgreementController(Agreements agreements, PartnerCatalog partners, PartnerEditRights rights,
            AgreementDocuments documents, TableExport export) {
        this.export = export;
        this.agreements = agreements;
        this.partners = partners;
        this.rights = rights;
        this.documents = documents;
    }

    /** Filter values that do not bind are ignored, never a 400. */
    @GetMapping("/agreements")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String expiringWithin, @RequestParam(required = false) String sort,
            @PageableDefault(size = 30) Pageable pageable, Locale locale, Model model) {
        ListSort sorting = ListSort.of(sort, Agreements.SORTABLE);
        model.addAttribute("sorting", sorting);
        AgreementStatus chosenStatus = parseStatus(status);
        Integer months = parseMonths(expiringWithin);
        Page<Agreement> page = agreements.search(chosenStatus, partner, months, sorting.column(), sorting.descending(),
                locale, pageable);
        model.addAttribute("agreements", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("status", chosenStatus);
        model.addAttribute("partner", partner);
        model.addAttribute("expiringWithin", months);
        model.addAttribute("today", agreements.today());
        addChoices(model, locale, partner == null ? Set.of() : Set.of(partner));
        return "agreement/list";
    }

    /** The agreements the filters show, as {@code ?export=csv} or {@code ?export=xlsx}. */
    @GetMapping(value = "/agreements", params = "export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String expiringWithin, @RequestParam(required = false) String sort,
            @RequestParam("export") String format, Locale locale, HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Agreements.SORTABLE);
        AgreementStatus chosenStatus = parseStatus(status);
        Integer months = parseMonths(expiringWithin);
        export.write(TableExport.Format.of(format), "agreements", List.<TableExport.Column<Agreement>>of(
                column("agreement.partner", a -> a.getPartner().getName().in(locale)),
                column("agreement.title", a -> a.getTitle().in(locale)),
                column("agreement.kind", a -> label("agreement.kind." + a.getKind())),
                column("agreement.status", a -> label("agreement.status." + a.getStatus())),
                column("agreement.signedOn", Agreement::getSignedOn),
                column("agreement.signedAt", Agreement::getSignedAt),
                column("agreement.inForceOn", Agreement::getInForceOn),
                column("agreement.expiresOn", Agreement::getExpiresOn),
                column("agreement.signatories", Agreement::getSignatories),
                column("agreement.themes", Agreement::getThemes)),
                TableExport.pages(page -> agreements.search(chosenStatus, partner, months, sorting.column(),
                        sorting.descending(), locale, page)), locale, response);
    }

    @GetMapping("/agreements/{id}")
    String show(@PathVariable long id, Model model) {
        return showAgreement(agreement(id), model);
    }

    @GetMapping("/agreements/new")
    String create(@RequestParam(required = false) String partner, Locale locale, Model model) {
        AgreementForm form = new AgreementForm();
        form.setPartner(partner);
        model.addAttribute("form", form);
        return showForm(null, locale, model);
    }

    @PostMapping("/agreements")
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        // Rights first: someone who may not record for this partner learns nothing from the form's messages.
        if (form.getPartner() != null) {
            partners.findBySlug(form.getPartner()).ifPresent(rights::check);
        }
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(null, locale, model),
                () -> showForm(null, locale, model), redirect, "agreement.created",
                () -> Redirects.to("/agreements/{id}", agreements.create(form.getPartner(), form.toDetails())));
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Agreement agreement = agreement(id);
        rights.check(agreement.getPartner());
        model.addAttribute("form", AgreementForm.from(agreement));
        return showForm(agreement, locale, model);
    }

    @PostMapping("/agreements/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Agreement agreement = agreement(id);
        rights.check(agreement.getPartner());
        form.setPartner(agreement.getPartner().getSlug());
        form.validateFor(result);
        return SUBMISSION.onPage(result, locale, response, () -> showForm(agreement, locale, model), () -> {
            Agreement current = agreement(id);
            form.setVersion(current.getVersion());
            return showForm(current, locale, model);
        }, redirect, "agreement.saved", () -> {
            agreements.update(id, form.getVersion(), form.toDetails());
            return Redirects.to("/agreements/{id}", id);
        });
    }

    @PostMapping("/agreements/{id}/life")
    String recordLife(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @Valid @ModelAttribute("life") LifeEventForm life, BindingResult result, Locale locale,
            RedirectAttributes redirect) {
        rights.check(agreement(id).getPartner());
        life.validateFor(result);
        return SUBMISSION.onRecord(Redirects.toSection("life", "/agreements/{id}", id), redirect, "life", life, result,
                locale, "agreement.life.recorded", () -> {
                    if (life.getKind() == AgreementEventKind.STATUS) {
                        agreements.changeStatus(id, version, life.getStatus(), life.getOccurredOn(), life.getNote());
                    }
                    else {
                        agreements.record(id, version, life.getKind(), life.getOccurredOn(), life.getNote());
                    }
                });
    }

    @GetMapping("/agreements/{id}/life/{eventId}/edit")
    String editLife(@PathVariable long id, @PathVariable long eventId, Model model) {
        Agreement agreement = agreement(id);
        rights.check(agreement.getPartner());
        model.addAttribute("correction", LifeCorrectionForm.from(event(agreement, eventId)));
        return showLifeEdit(agreement, eventId, model);
    }

    @PostMapping("/agreements/{id}/life/{eventId}")
    String correctLife(@PathVariable long id, @PathVariable long eventId,
            @RequestParam(defaultValue = "-1") long version,
            @Valid @ModelAttribute("correction") LifeCorrectionForm correction, BindingResult result, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Agreement agreement = agreement(id);
        rights.check(agreement.getPartner());
        event(agreement, eventId);
        return SUBMISSION.onPage(result, locale, response, () -> showLifeEdit(agreement, eventId, model),
                () -> showLifeEdit(agreement(id), eventId, model), redirect, "agreement.life.corrected", () -> {
                    agreements.correctEvent(id, version, eventId, correction.getOccurredOn(), correction.getNote());
                    return Redirects.toSection("life", "/agreements/{id}", id);
                });
    }

    @PostMapping("/agreements/{id}/life/{eventId}/delete")
    String removeLife(@PathVariable long id, @PathVariable long eventId, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        rights.check(agreement(id).getPartner());
        return SUBMISSION.onRecord(Redirects.toSection("life", "/agreements/{id}", id), redirect,
                "agreement.life.removed", () -> agreements.removeEvent(id, version, eventId));
    }

    /** The address a step's correction is posted to, asked for with GET: the correction page. */
    @GetMapping("/agreements/{id}/life/{eventId}")
    String lifeCorrectionPage(@PathVariable long id, @PathVariable long eventId) {
        return Redirects.to("/agreements/{id}/life/{eventId}/edit", id, eventId);
    }

    private String showLifeEdit(Agreement agreement, long eventId, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("event", event(agreement, eventId));
        return "agreement/life";
    }

    private static AgreementEvent event(Agreement agreement, long eventId) {
        return agreement.getEvents().stream().filter(e -> e.getId() == eventId).findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement event", eventId));
    }

    @PostMapping("/agreements/{id}/documents")
    String upload(@PathVariable long id, @ModelAttribute("upload") DocumentForm upload, BindingResult result,
            Locale locale, RedirectAttributes redirect) {
        rights.check(agreement(id).getPartner());
        String fileName = upload.fileName();
        byte[] content = upload.bytes();
        // The label comes back in its field; the file cannot (the reader chooses it again), nor is it kept.
        upload.setFile(null);
        return SUBMISSION.onRecord(Redirects.toSection("documents", "/agreements/{id}", id), redirect, "upload", upload,
                result, locale, "document.uploaded",
                () -> documents.upload(id, upload.getLabel(), fileName, content, upload.getReplaces()));
    }

    @GetMapping("/agreements/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        AgreementDocuments.Download download = documents.download(id, documentId)
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    private String showAgreement(Agreement agreement, Model model) {
        List<AgreementDocuments.Version> versions = documents.of(agreement.getId());
        model.addAttribute("documents", versions);
        model.addAttribute("replaceable", versions.stream().filter(v -> !v.replaced())
                .map(v -> Choice.of(String.valueOf(v.document().getId()), v.document().getLabel())).toList());
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        model.addAttribute("agreement", agreement);
        model.addAttribute("canEdit", rights.canEdit(agreement.getPartner()));
        model.addAttribute("alerts", agreement.alertsOn(agreements.today()));
        if (!model.containsAttribute("life")) {
            model.addAttribute("life", new LifeEventForm());
        }
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new DocumentForm());
        }
        model.addAttribute("eventKinds", AgreementEventKind.values());
        return "agreement/show";
    }

    private String showForm(Agreement agreement, Locale locale, Model model) {
        model.addAttribute("agreement", agreement);
        addChoices(model, locale, agreement == null ? Set.of() : Set.of(agreement.getPartner().getSlug()));
        if (agreement == null) {
            model.addAttribute("partners", rights.editableAmong(partners.choices(locale)));
        }
        AgreementForm form = (AgreementForm) model.getAttribute("form");
        model.addAttribute("parents", agreements.parentChoices(
                agreement != null ? agreement.getPartner().getSlug() : form.getPartner(),
                agreement != null ? agreement.getId() : null, locale));
        return "agreement/form";
    }

    /** The partners whose partnership runs, and those {@code kept} (the record's, the filter's). */
    private void addChoices(Model model, Locale locale, Set<String> kept) {
        model.addAttribute("partners", partners.choices(locale, kept));
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
    }

    private Agreement agreement(long id) {
        return agreements.find(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    private static AgreementStatus parseStatus(String status) {
        try {
            return status == null || status.isBlank() ? null : AgreementStatus.valueOf(status.trim());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer parseMonths(String months) {
        if (months == null || !months.trim().matches("\\d{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(months.trim());
        return value >= 1 && value <= 120 ? value : null;
    }
}
