package be.brussels.international.coordination.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import be.brussels.international.coordination.shared.Enums;
import be.brussels.international.coordination.shared.ListSort;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import be.brussels.international.coordination.shared.Redirects;
import be.brussels.international.coordination.shared.Submission;
import be.brussels.international.coordination.shared.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.Authentication;
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
 * The administrator's accounts ({@code /admin/accounts}): every account with its role, state, last login and
 * pending activation; on an account's page, its role, disabling or enabling it, and a new one-time link.
 */
@Controller
class AccountAdminController {

    private static final Submission SUBMISSION = Submission.of("account.conflict");

    private final Accounts accounts;

    private final AccountLinkMail links;

    private final Clock clock;

    private final TableExport export;

    AccountAdminController(Accounts accounts, AccountLinkMail links, Clock clock, TableExport export) {
        this.export = export;
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String role, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sort, @PageableDefault(size = 30) Pageable pageable, Model model) {
        ListSort sorting = ListSort.of(sort, Accounts.SORTABLE);
        Role chosenRole = Enums.parse(Role.class, role);
        Boolean enabled = enabled(state);
        Page<Accounts.AccountRow> page = accounts.list(chosenRole, enabled, sorting.column(), sorting.descending(),
                pageable);
        model.addAttribute("rows", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        model.addAttribute("sorting", sorting);
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", chosenRole);
        model.addAttribute("states", STATES);
        model.addAttribute("state", enabled == null ? null : state);
        model.addAttribute("now", clock.instant());
        return "account/list";
    }

    /** The accounts shown, as {@code ?export=csv} or {@code ?export=xlsx}: their filters and order, every page. */
    @GetMapping(value = "/admin/accounts", params = "export")
    void export(@RequestParam(required = false) String role, @RequestParam(required = false) String state,
            @RequestParam(required = false) String sort, @RequestParam("export") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ListSort sorting = ListSort.of(sort, Accounts.SORTABLE);
        Role chosenRole = Enums.parse(Role.class, role);
        Boolean enabled = enabled(state);
        export.write(TableExport.Format.of(format), "accounts", List.<TableExport.Column<Accounts.AccountRow>>of(
                column("staff.name", Accounts.AccountRow::name),
                column("staff.username", Accounts.AccountRow::username),
                column("account.role", row -> label("security.role." + row.role())),
                column("account.state", row -> label(row.enabled() ? "account.state.active" : "account.state.disabled")),
                column("account.lastLogin", Accounts.AccountRow::lastLoginAt)),
                TableExport.pages(page -> accounts.list(chosenRole, enabled, sorting.column(), sorting.descending(),
                        page)), locale, response);
    }

    /** The states an account can be filtered by. */
    private static final List<String> STATES = List.of("ENABLED", "DISABLED");

    /** {@code ENABLED} or {@code DISABLED}; anything else: all. */
    private static Boolean enabled(String state) {
        return "ENABLED".equals(state) ? Boolean.TRUE : "DISABLED".equals(state) ? Boolean.FALSE : null;
    }

    @GetMapping("/admin/accounts/{username}")
    String show(@PathVariable String username, Authentication authentication, Model model) {
        Accounts.AccountRow account = existing(username);
        model.addAttribute("account", account);
        // One's own role and access are another administrator's to change: no control that would be refused.
        model.addAttribute("own", username.equals(authentication.getName()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("roleForm")) {
            RoleForm form = new RoleForm();
            form.setRole(account.role());
            form.setVersion(account.version());
            model.addAttribute("roleForm", form);
        }
        return "account/show";
    }

    @PostMapping("/admin/accounts/{username}/role")
    String changeRole(@PathVariable String username, @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult result, Locale locale, RedirectAttributes redirect) {
        Accounts.AccountRow existing = existing(username);
        boolean same = existing.role() == form.getRole();
        return SUBMISSION.onRecord(back(username), redirect, "roleForm", form, result, locale,
                same ? "account.role.unchanged" : "account.role.changed",
                () -> accounts.changeRole(username, form.getVersion(), form.getRole()));
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(username), redirect, "account.disabled",
                () -> accounts.disable(username, version));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(username), redirect, "account.enabled",
                () -> accounts.enable(username, version));
    }

    /** A new one-time link (a forgotten password, an expired activation): shown once on the account's page. */
    @PostMapping("/admin/accounts/{username}/link")
    String issueLink(@PathVariable String username, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        return SUBMISSION.onRecord(back(username), redirect, "account.link.issued", () -> {
            Accounts.IssuedLink link = accounts.issueNewLink(username, version);
            String name = accounts.find(username).map(Accounts.AccountRow::name).orElse(username);
            redirect.addFlashAttribute("issuedLink",
                    new IssuedLinkNotice(name, links.linkUrl(link.token()), link.expiresAt(), link.mailed()));
        });
    }

    /** GET on an action's address (a reloaded page, a bookmark): the account's page. */
    @GetMapping({ "/admin/accounts/{username}/role", "/admin/accounts/{username}/disable",
            "/admin/accounts/{username}/enable", "/admin/accounts/{username}/link" })
    String toAccount(@PathVariable String username) {
        existing(username);
        return back(username);
    }

    private Accounts.AccountRow existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("Account", username));
    }

    private static String back(String username) {
        return Redirects.to("/admin/accounts/{username}", username);
    }
}
