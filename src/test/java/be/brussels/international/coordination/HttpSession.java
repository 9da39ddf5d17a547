package be.brussels.international.coordination;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader talking to the running application over real HTTP, with cookies: what MockMvc cannot show,
 * such as the error pages the servlet container renders.
 */
public final class HttpSession {

    private final String base;

    private final HttpClient client;

    private HttpSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpSession anonymous(int port) {
        return new HttpSession(port);
    }

    /** Logs in through the login form, as a browser does (demo mode: password "demo"). */
    public static HttpSession loggedIn(int port, String username) throws IOException, InterruptedException {
        HttpSession session = new HttpSession(port);
        String token = session.page("/login").selectFirst("input[name=_csrf]").attr("value");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a multipart form as a browser does: the page's CSRF token among the fields (before the file),
     * then one file of {@code size} bytes.
     */
    public HttpResponse<String> upload(String path, String csrfToken, long size)
            throws IOException, InterruptedException {
        String boundary = "----coordination" + size;
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nGrand\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grand.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] file = new byte[(int) size];
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head), HttpRequest.BodyPublishers.ofByteArray(file),
                HttpRequest.BodyPublishers.ofString(tail));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public Document page(String path) throws IOException, InterruptedException {
        return Jsoup.parse(get(path).body());
    }
}
