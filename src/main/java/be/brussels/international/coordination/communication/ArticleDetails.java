package be.brussels.international.coordination.communication;

import be.brussels.international.coordination.shared.LocalizedText;

/** An article as written: its title and body (Markdown) per language, and its sources in the application. */
public record ArticleDetails(LocalizedText title, LocalizedText body, String partner, Long event, Long visit) {
}
