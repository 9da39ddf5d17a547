package be.brussels.international.coordination.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A response's writer encodes what it is given exactly as Tomcat's would, only in one go. */
class ResponseTextTests {

    private static final String PAGE = "<p>Délégation de Québec — « Journées » · ’s-Hertogenbosch · 北京 · 🇧🇪</p>";

    @Test
    void aWholePageIsWrittenInTheResponsesEncodingAndTheEncodingIsNamed() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        ResponseText.Encoding encoding = new ResponseText.Encoding(response);

        encoding.getWriter().write(PAGE);
        encoding.getWriter().flush();

        assertThat(response.getContentAsByteArray()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(encoding.getWriter()).as("one writer per response").isSameAs(encoding.getWriter());
    }

    @Test
    void aCharacterSplitBetweenTwoWritesIsWrittenWhole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResponseText.Encoder encoder = new ResponseText.Encoder(bytes, StandardCharsets.UTF_8);
        char[] characters = PAGE.toCharArray();
        int flag = PAGE.indexOf("🇧🇪") + 1; // between the two halves of the first regional indicator

        encoder.write(characters, 0, flag);
        encoder.write(characters, flag, characters.length - flag);
        encoder.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void piecesOfStringsAndSingleCharactersAsAnyWriter() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(new ResponseText.Encoder(bytes, StandardCharsets.ISO_8859_1));

        writer.write("xxDélégationxx", 2, 10);
        writer.write(' ');
        writer.print(42);
        writer.flush();

        assertThat(bytes.toString(StandardCharsets.ISO_8859_1)).isEqualTo("Délégation 42");
    }
}
