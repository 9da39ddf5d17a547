package be.brussels.international.coordination.communication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import be.brussels.international.coordination.shared.Secrets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An edition as a message: an HTML part with inline styles (mail programs drop style sheets) and a plain-text
 * part, in each of the subscriber's languages; a visible link to leave and one to the preferences, the same
 * address in {@code List-Unsubscribe} with {@code List-Unsubscribe-Post} (RFC 8058). No tracking: no pixel, no
 * rewritten link. Rendered once per edition and set of languages; only the subscriber's signed addresses change
 * from one message to the next.
 */
@Component
class EditionMail {

    /** Stand-ins for a subscriber's links in a rendered edition: random, so that no article can contain them. */
    private static final String SUBSCRIBER = standIn();

    private static final String SIGNATURE = standIn();

    private final ITemplateEngine templates;

    private final MessageSource messages;

    private final SignedLinks links;

    private final String from;

    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    EditionMail(ITemplateEngine templates, MessageSource messages, SignedLinks links,
            @Value("${coordination.newsletter.from:${coordination.mail.from:coordination@localhost}}") String from) {
        this.templates = templates;
        this.messages = messages;
        this.links = links;
        this.from = from;
    }

    /** An edition rendered for a set of languages, with stand-ins for the subscriber's links. */
    record Rendered(String subject, String html, String text, String unsubscribe, Audience audience) {
    }

    /** One article as the message shows it. */
    record ArticleView(String title, String html) {
    }

    /** The edition in one language, and the words of the message's end in that language. */
    record Section(String lang, String languageName, List<ArticleView> articles, String why, String unsubscribe,
            String preferences, String archive) {
    }

    /** The message for one subscriber, ready to send. */
    MimeMessage message(JavaMailSender sender, Edition edition, List<String> languages, long subscriberId,
            String email) throws MessagingException {
        Rendered edition1 = rendered.computeIfAbsent(edition.getId() + ":" + edition.getVersion() + ":" + languages,
                key -> render(edition, languages));
        String signature = links.signature(subscriberId);
        String id = Long.toString(subscriberId);
        return build(sender, email, edition1.subject(),
                edition1.html().replace(SUBSCRIBER, id).replace(SIGNATURE, signature),
                edition1.text().replace(SUBSCRIBER, id).replace(SIGNATURE, signature),
                edition1.unsubscribe().replace(SUBSCRIBER, id).replace(SIGNATURE, signature), edition1.audience(), true);
    }

    /** A test message to who writes the edition: the same, its links to the public pages, « [TEST] » in front. */
    MimeMessage test(JavaMailSender sender, Edition edition, String base, String email) throws MessagingException {
        return test(sender, edition, base, email, Newsletter.LANGUAGES);
    }

    /** The same in those languages. */
    MimeMessage test(JavaMailSender sender, Edition edition, String base, String email, List<String> languages)
            throws MessagingException {
        Rendered test = render(edition, languages, base);
        String page = base + "/public/newsletter";
        String preferences = preferencesLink(base, SUBSCRIBER, SIGNATURE);
        // Nobody to unsubscribe: the links lead to the subscription page, and no one-click is offered.
        return build(sender, email, "[TEST] " + test.subject(),
                test.html().replace(test.unsubscribe(), page).replace(preferences, page),
                test.text().replace(test.unsubscribe(), page).replace(preferences, page), page,
                edition.getAudience(), false);
    }

    /** Forgets what was rendered for editions no longer being sent. */
    void forget() {
        rendered.clear();
    }

    Rendered render(Edition edition, List<String> languages) {
        return render(edition, languages, edition.getLinksBase());
    }

    private Rendered render(Edition edition, List<String> languages, String base) {
        // The staff's editions are internal: no public copy to read online; nor has an edition not numbered yet (a
        // draft's test or download), whose copy will be at the number it is given when sent.
        boolean published = edition.getAudience() == Audience.GLOBE && edition.getNumber() != null;
        String archive = published ? base + "/public/newsletter/archive/" + edition.getNumber() : null;
        List<Section> sections = new ArrayList<>();
        for (String language : languages) {
            Locale locale = Locale.forLanguageTag(language);
            List<ArticleView> articles = edition.getArticles().stream().map(article -> new ArticleView(
                    article.titleIn(locale), inlineStyles(Markdown.toHtml(article.getBody().in(locale),
                            path -> base + path)))).toList();
            sections.add(new Section(language, text("newsletter.language.in", locale), articles,
                    text("newsletter.mail.why." + edition.getAudience(), locale),
                    text("newsletter.mail.unsubscribe", locale),
                    text("newsletter.mail.preferences", locale), text("newsletter.mail.archive", locale)));
        }
        String subject = languages.stream().map(language -> edition.subjectIn(Locale.forLanguageTag(language)))
                .distinct().collect(Collectors.joining(" / "));
        String unsubscribe = unsubscribeLink(base, SUBSCRIBER, SIGNATURE) + "?list=" + edition.getAudience();
        String preferences = preferencesLink(base, SUBSCRIBER, SIGNATURE);
        Context context = new Context(Locale.forLanguageTag(languages.get(0)));
        context.setVariable("subject", subject);
        context.setVariable("number", edition.getNumber());
        context.setVariable("sections", sections);
        context.setVariable("unsubscribe", unsubscribe);
        context.setVariable("preferences", preferences);
        context.setVariable("archive", archive);
        String html = templates.process("communication/mail/edition", context);
        return new Rendered(subject, html, text(edition, languages, sections, unsubscribe, preferences, archive),
                unsubscribe, edition.getAudience());
    }

    private String text(Edition edition, List<String> languages, List<Section> sections, String unsubscribe,
            String preferences, String archive) {
        Locale first = Locale.forLanguageTag(languages.get(0));
        StringBuilder text = new StringBuilder(text("newsletter.title", first));
        if (edition.getNumber() != null) {
            text.append(" · ").append(messages.getMessage("edition.numbered", new Object[] { edition.getNumber() },
                    first));
        }
        text.append("\n\n");
        for (int i = 0; i < sections.size(); i++) {
            Locale locale = Locale.forLanguageTag(languages.get(i));
            for (EditionArticle article : edition.getArticles()) {
                String title = article.titleIn(locale);
                text.append(title).append('\n').append("=".repeat(Math.min(72, title.length()))).append("\n\n")
                        .append(Markdown.toText(article.getBody().in(locale), path -> edition.getLinksBase() == null ? path
                                : edition.getLinksBase() + path)).append("\n\n");
            }
            text.append("----\n\n");
        }
        for (Section section : sections) {
            Locale locale = Locale.forLanguageTag(section.lang());
            text.append(section.why()).append('\n')
                    .append(link(section.unsubscribe(), unsubscribe, locale)).append('\n')
                    .append(link(section.preferences(), preferences, locale)).append('\n')
                    .append(archive == null ? "" : link(section.archive(), archive, locale) + "\n").append('\n');
        }
        return text.toString();
    }

    private MimeMessage build(JavaMailSender sender, String to, String subject, String html, String text,
            String unsubscribe, Audience audience, boolean oneClick) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, html);
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        if (oneClick) {
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("List-Id", audience == Audience.GLOBE
                ? "The Brussels globe <globe.newsletter.brussels-international>"
                : "Brussels International staff <staff.newsletter.brussels-international>");
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static String unsubscribeLink(String base, Object subscriber, String signature) {
        return base + "/public/newsletter/unsubscribe/" + subscriber + "/" + signature;
    }

    private static String preferencesLink(String base, Object subscriber, String signature) {
        return base + "/public/newsletter/preferences/" + subscriber + "/" + signature;
    }

    private static String standIn() {
        return "x" + Secrets.random().replaceAll("[^A-Za-z0-9]", "").substring(0, 24);
    }

    /** Mail programs ignore style sheets: the article's elements carry their style. */
    private static String inlineStyles(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("p").attr("style", "margin:0 0 12px");
        document.select("a").attr("style", "color:#0b4f8a");
        document.select("img").attr("style", "max-width:100%;height:auto;display:block;margin:8px 0");
        document.select("h2,h3,h4").attr("style", "font-size:17px;margin:16px 0 8px;color:#0b2f55");
        document.select("blockquote").attr("style", "margin:0 0 12px;padding-left:12px;border-left:3px solid #c7d2e0");
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /** « Se désabonner : https://… » (each language its own punctuation). */
    private String link(String label, String address, Locale locale) {
        return messages.getMessage("newsletter.mail.textLink", new Object[] { label, address }, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
