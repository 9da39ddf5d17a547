package be.brussels.international.coordination.communication.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.international.coordination.communication.Audience;
import be.brussels.international.coordination.communication.CommunicationRights;
import be.brussels.international.coordination.communication.Edition;
import be.brussels.international.coordination.communication.EditionArticle;
import be.brussels.international.coordination.communication.EditionStatus;
import be.brussels.international.coordination.communication.Editions;
import be.brussels.international.coordination.communication.EditorialCalendar;
import be.brussels.international.coordination.communication.Newsletter;
import be.brussels.international.coordination.communication.SourceChoices;
import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Refused;
import be.brussels.international.coordination.shared.Submission;
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

/**
 * The editions of « The Brussels globe » ({@code /newsletter/editions/...}): written, previewed (in the page, as
 * the message), tried on oneself, approved by the coordinator, sent now or at a set time, followed while sending
 * (pause, resume, cancel), failures shown. For who runs the cell's communication.
 */
@Controller
class EditionController {

    private static final Submission SUBMISSION = Submission.of("edition.conflict");

    private final Editions editions;

    private final CommunicationRights rights;

    private final SourceChoices sources;

    private final EditorialCalendar calendar;

    private final Clock clock;

    private final TableExport export;

    EditionController(Editions editions, CommunicationRights rights, SourceChoices sources,
            EditorialCalendar calendar, Clock clock, TableExport export) {
        this.export = export;
        this.editions = editions;
        this.rights = rights;
        this.sources = sources;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/newsletter/editions")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String audience,
            @RequestParam(required = false) String sort, @PageableDefault(size = 25) Pageable pageable, Model model) {
        ListSort sorting = ListSort.of(sort, Editions.SORTABLE);
        EditionStatus chosenStatus = Enums.parse(EditionStatus.class, status);
        Audience chosenAudience = Enums.parse(Audience.class, audience);
        Page<Edition> page = editions.list(chosenStatus, chosenAudience, sorting.column(), sorting.descending(),
                pageable);
        model.addAttribute("editions", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("sorting", sorting);
        model.addAttribute("statuses", EditionStatus.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("status", chosenStatus);
        model.addAttribute("audience", chosenAudience);
        model.addAttribute("canSend", editions.canSend());
        return "communication/editions";
    }

    /** The editions shown, as {@code ?export=csv} or {@code ?export=xlsx}: their filters and order, every page. */
    @GetMapping(value = "/newsletter/editions", params = "export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String audience,
            @RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Editions.SORTABLE);
        EditionStatus chosenStatus = Enums.parse(EditionStatus.class, status);
        Audience chosenAudience = Enums.parse(Audience.class, audience);
        export.write(TableExport.Format.of(format), "editions", List.<TableExport.Column<Edition>>of(
                column("edition.number", Edition::getNumber),
                column("edition.subject", edition -> edition.subjectIn(locale)),
                column("edition.audience", edition -> label("edition.audience." + edition.getAudience())),
                column("edition.status", edition -> label("edition.status." + edition.getStatus())),
                column("edition.when", edition -> edition.getFinishedAt() != null ? edition.getFinishedAt()
                        : edition.getScheduledAt() != null ? edition.getScheduledAt() : edition.getCreatedAt())),
                TableExport.pages(page -> editions.list(chosenStatus, chosenAudience, sorting.column(),
                        sorting.descending(), page)), locale, response);
    }

    @GetMapping("/newsletter/editions/new")
    String newEdition(Model model) {
        rights.checkCanManage();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EditionForm());
        }
        return editionForm(null, model);
    }

    @PostMapping("/newsletter/editions")
    String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        rights.checkCanManage();
        return SUBMISSION.onPage(result, locale, response, () -> editionForm(null, model),
                () -> editionForm(null, model), redirect, "edition.created", () -> Redirects.to(
                        "/newsletter/editions/{id}", editions.create(form.getAudience(), form.subject()).getId()));
    }

    @GetMapping("/newsletter/editions/{id}")
    String page(@PathVariable long id, @RequestParam(name = "in", required = false) String shownIn, Locale locale,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        Edition edition = edition(id);
        String language = shownIn(shownIn, locale.getLanguage());
        model.addAttribute("edition", edition);
        model.addAttribute("shownIn", language);
        model.addAttribute("shownLocale", Locale.forLanguageTag(language));
        model.addAttribute("languages", Newsletter.LANGUAGES);
        model.addAttribute("progress", editions.progress(id));
        Page<Editions.Failure> failures = editions.failures(id, pageable);
        model.addAttribute("failures", failures.getContent());
        model.addAttribute("failurePaging", PageLinks.of(failures));
        model.addAttribute("images", editions.images(id));
        // What each article is about, by name (an event or a visit removed since: its word alone).
        Map<Long, String> eventTitles = new HashMap<>();
        Map<Long, String> visitTitles = new HashMap<>();
        for (EditionArticle article : edition.getArticles()) {
            sources.eventTitle(article.getEventId(), locale).ifPresent(title -> eventTitles.put(article.getId(), title));
            sources.visitTitle(article.getVisitId()).ifPresent(title -> visitTitles.put(article.getId(), title));
        }
        model.addAttribute("eventTitles", eventTitles);
        model.addAttribute("visitTitles", visitTitles);
        model.addAttribute("canSend", editions.canSend());
        model.addAttribute("coordinator", rights.isCoordinator());
        model.addAttribute("audienceSize", editions.audienceSize(edition.getAudience()));
        if (!model.containsAttribute("schedule")) {
            ScheduleForm schedule = new ScheduleForm();
            schedule.setDay(LocalDate.now(clock).plusDays(1));
            schedule.setVersion(edition.getVersion());
            model.addAttribute("schedule", schedule);
        }
        if (!model.containsAttribute("image")) {
            model.addAttribute("image", new ImageForm());
        }
        return "communication/edition";
    }

    /** The progress while sending, for the page to update itself (htmx, every few seconds). */
    @GetMapping("/newsletter/editions/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        Edition edition = edition(id);
        if (edition.getStatus() != EditionStatus.SENDING) {
            // Sent, paused or cancelled meanwhile: the whole page changes (its state, its buttons).
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("edition", edition);
        model.addAttribute("progress", editions.progress(id));
        return "communication/edition :: progress";
    }

    @GetMapping("/newsletter/editions/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (!edition.getStatus().isEditable()) {
            return notEditable(id, redirect);
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EditionForm.from(edition));
        }
        return editionForm(edition, model);
    }

    @PostMapping("/newsletter/editions/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Edition edition = edition(id);
        return SUBMISSION.onEditPage(result, locale, response, () -> editionForm(edition, model),
                () -> edition(id).getVersion(), redirect, "edition.saved", () -> {
            editions.change(id, form.getVersion(), form.getAudience(), form.subject());
            return Redirects.to("/newsletter/editions/{id}", id);
        });
    }

    @GetMapping("/newsletter/editions/{id}/articles/new")
    String newArticle(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (!edition.getStatus().isEditable()) {
            return notEditable(id, redirect);
        }
        if (!model.containsAttribute("form")) {
            ArticleForm form = new ArticleForm();
            form.setVersion(edition.getVersion());
            model.addAttribute("form", form);
        }
        return articleForm(edition, null, locale, model);
    }

    @PostMapping("/newsletter/editions/{id}/articles")
    String addArticle(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Edition edition = edition(id);
        return SUBMISSION.onEditPage(result, locale, response, () -> articleForm(edition, null, locale, model),
                () -> edition(id).getVersion(), redirect, "edition.article.added", () -> {
            EditionArticle article = editions.addArticle(id, form.getVersion(), form.toDetails());
            return Redirects.toSection("article-" + article.getPosition(), "/newsletter/editions/{id}", id);
        });
    }

    @GetMapping("/newsletter/editions/{id}/articles/{articleId}/edit")
    String editArticle(@PathVariable long id, @PathVariable long articleId, Locale locale, Model model,
            RedirectAttributes redirect) {
        Edition edition = edition(id);
        if (!edition.getStatus().isEditable()) {
            return notEditable(id, redirect);
        }
        EditionArticle article = article(edition, articleId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ArticleForm.from(article, edition.getVersion()));
        }
        return articleForm(edition, article, locale, model);
    }

    @PostMapping("/newsletter/editions/{id}/articles/{articleId}")
    String changeArticle(@PathVariable long id, @PathVariable long articleId,
            @Valid @ModelAttribute("form") ArticleForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Edition edition = edition(id);
        EditionArticle article = article(edition, articleId);
        return SUBMISSION.onEditPage(result, locale, response, () -> articleForm(edition, article, locale, model),
                () -> edition(id).getVersion(), redirect, "edition.article.saved", () -> {
            editions.changeArticle(id, form.getVersion(), articleId, form.toDetails());
            return Redirects.toSection("article-" + article.getPosition(), "/newsletter/editions/{id}", id);
        });
    }

    @PostMapping("/newsletter/editions/{id}/articles/{articleId}/remove")
    String removeArticle(@PathVariable long id, @PathVariable long articleId,
            @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, "articles", redirect, "edition.article.removed",
                () -> editions.removeArticle(id, version, articleId));
    }

    @PostMapping("/newsletter/editions/{id}/articles/{articleId}/move")
    String moveArticle(@PathVariable long id, @PathVariable long articleId,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "down") String direction,
            RedirectAttributes redirect) {
        return act(id, "articles", redirect, "edition.article.moved",
                () -> editions.moveArticle(id, version, articleId, "up".equals(direction)));
    }

    /** A draft never sent is deleted (after a confirmation); back to the list. */
    @PostMapping("/newsletter/editions/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        edition(id);
        return SUBMISSION.onRecord("redirect:/newsletter/editions", redirect, "edition.removed",
                () -> editions.remove(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.approved", () -> editions.approve(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/send")
    String send(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.sending", () -> editions.sendNow(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/schedule")
    String schedule(@PathVariable long id, @Valid @ModelAttribute("schedule") ScheduleForm schedule,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        edition(id);
        return SUBMISSION.onRecord(Redirects.toSection("state", "/newsletter/editions/{id}", id), redirect,
                "schedule", schedule, result, locale, "edition.scheduled",
                () -> editions.schedule(id, schedule.getVersion(), schedule.at()));
    }

    @PostMapping("/newsletter/editions/{id}/unschedule")
    String unschedule(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.unscheduled", () -> editions.unschedule(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/pause")
    String pause(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.paused", () -> editions.pause(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/resume")
    String resume(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.resumed", () -> editions.resume(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return act(id, "state", redirect, "edition.cancelled", () -> editions.cancel(id, version));
    }

    @PostMapping("/newsletter/editions/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        edition(id);
        try {
            String address = editions.sendTest(id);
            redirect.addFlashAttribute("success", "edition.test.sent");
            redirect.addFlashAttribute("successArguments", new Object[] { address });
        }
        catch (Refused refused) {
            redirect.addFlashAttribute("failure", refused.getMessageKey());
        }
        return Redirects.toSection("preview", "/newsletter/editions/{id}", id);
    }

    /** The message as a subscriber reading that language receives it, to open in a mail program. */
    @GetMapping("/newsletter/editions/{id}/message.eml")
    ResponseEntity<byte[]> message(@PathVariable long id, @RequestParam(name = "in", defaultValue = "fr") String in) {
        Edition edition = edition(id);
        String language = shownIn(in, "fr");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("the-brussels-globe-" + edition.getNumber() + "-" + language + ".eml").build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(editions.asMessage(id, List.of(language)));
    }

    @PostMapping("/newsletter/editions/{id}/images")
    String addImage(@PathVariable long id, @ModelAttribute("image") ImageForm image, BindingResult result,
            Locale locale, RedirectAttributes redirect) throws IOException {
        edition(id);
        byte[] content = image.getFile() == null ? new byte[0] : image.getFile().getBytes();
        String name = image.getFile() == null ? null : image.getFile().getOriginalFilename();
        return SUBMISSION.onRecord(Redirects.toSection("images", "/newsletter/editions/{id}", id), redirect, "image",
                image, result, locale, "edition.image.added", () -> editions.addImage(id, name, content));
    }

    /** A form for what can no longer change: the edition's page says so, rather than a form refused once typed. */
    private static String notEditable(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "edition.refused.notEditable");
        return Redirects.to("/newsletter/editions/{id}", id);
    }

    private String act(long id, String section, RedirectAttributes redirect, String done, Runnable action) {
        edition(id);
        return SUBMISSION.onRecord(Redirects.toSection(section, "/newsletter/editions/{id}", id), redirect, done,
                action);
    }

    private String editionForm(Edition edition, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("audiences", Audience.values());
        return "communication/edition-form";
    }

    private String articleForm(Edition edition, EditionArticle article, Locale locale, Model model) {
        ArticleForm form = (ArticleForm) model.getAttribute("form");
        model.addAttribute("edition", edition);
        model.addAttribute("article", article);
        model.addAttribute("partners", calendar.partnerChoices(locale, form == null ? null : form.getPartner()));
        model.addAttribute("events", sources.events(locale, form == null ? null : form.getEvent()));
        model.addAttribute("visits", sources.visits(locale, form == null ? null : form.getVisit()));
        return "communication/article";
    }

    /** One of the newsletter's languages: the one asked for, else {@code otherwise}'s, else French. */
    private static String shownIn(String asked, String otherwise) {
        for (String language : Newsletter.LANGUAGES) {
            if (language.equals(asked)) {
                return language;
            }
        }
        return Newsletter.LANGUAGES.contains(otherwise) ? otherwise : "fr";
    }

    private Edition edition(long id) {
        return editions.find(id).orElseThrow(() -> new NotFoundException("Edition", id));
    }

    private static EditionArticle article(Edition edition, long articleId) {
        return edition.getArticles().stream().filter(each -> each.getId() == articleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Article", articleId));
    }
}
