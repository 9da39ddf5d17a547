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
        this("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private HttpSession(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same browser (its cookies, its session) talking to another instance of the application. */
    public HttpSession on(int port) {
        return new HttpSession("http://localhost:" + port, client);
    }

    /** Logs in through the login form on this instance (demo passwords); the answer as it came. */
    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        String token = page("/login").selectFirst("input[name=_csrf]").attr("value");
        return post("/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Posts a form already encoded ({@code a=1&b=2}, the CSRF token among them). */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpSession anonymous(int port) {
        return new HttpSession(port);
    }

    /** Logs in through the login form, as a browser does (demo mode: password "demo"). */
    public static HttpSession loggedIn(int port, String username) throws IOException, InterruptedException {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> response = session.logIn(username, "demo");
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
        return upload(path, csrfToken, "grand.pdf", "application/pdf", new byte[(int) size]);
    }

    /** Posts a multipart form as a browser does: the CSRF token and a label, then the file {@code name}. */
    public HttpResponse<String> upload(String path, String csrfToken, String name, String type, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "----coordination" + file.length;
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nGrand\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
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
