package be.brussels.international.coordination.communication.web;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.brussels.international.coordination.communication.Edition;
import be.brussels.international.coordination.communication.EditionImage;
import be.brussels.international.coordination.communication.Editions;
import be.brussels.international.coordination.shared.NotFoundException;
import be.brussels.international.coordination.shared.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public archive of « The Brussels globe » (the editions sent, in the reader's language) and the editions'
 * images, under {@code /public/newsletter/}: anonymous, nothing about subscribers.
 */
@Controller
class PublicArchiveController {

    private static final Pattern IMAGE = Pattern.compile("(\\d{1,18})-([0-9a-f]{16})\\.(png|jpg|gif)");

    private final Editions editions;

    PublicArchiveController(Editions editions) {
        this.editions = editions;
    }

    @GetMapping("/public/newsletter/archive")
    String archive(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Page<Edition> page = editions.archive(pageable);
        model.addAttribute("editions", page.getContent());
        model.addAttribute("paging", PageLinks.of(page));
        return "communication/archive";
    }

    @GetMapping("/public/newsletter/archive/{number}")
    String archived(@PathVariable String number, Locale locale, Model model) {
        Edition edition = number.matches("\\d{1,9}") ? editions.archived(Integer.parseInt(number)).orElse(null) : null;
        if (edition == null) {
            throw new NotFoundException("Edition", number);
        }
        model.addAttribute("edition", edition);
        return "communication/archived";
    }

    /** An edition's image: addressed by its id and hash, never changed, cached for a year. */
    @GetMapping("/public/newsletter/images/{file}")
    ResponseEntity<byte[]> image(@PathVariable String file) {
        Matcher name = IMAGE.matcher(file);
        if (!name.matches()) {
            throw new NotFoundException("Image", file);
        }
        EditionImage image = editions.publicImage(Long.parseLong(name.group(1)), name.group(2))
                .orElseThrow(() -> new NotFoundException("Image", file));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(image.getContent());
    }
}
