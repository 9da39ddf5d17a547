package be.brussels.international.coordination.communication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** X's way of counting: a link 23, ideographs and emoji 2, the rest 1. */
class XTextTests {

    @Test
    void aLinkCountsTwentyThreeWhateverItsLength() {
        assertThat(XText.length("Voir https://international.brussels/fr/actualites/une-tres-longue-adresse?x=1"))
                .isEqualTo(5 + 23);
        assertThat(XText.length("https://a.be https://b.be")).isEqualTo(23 + 1 + 23);
    }

    @Test
    void aLinkWithoutItsSchemeCountsToAndPunctuationAfterALinkIsText() {
        assertThat(XText.length("www.brussels.be")).isEqualTo(23);
        assertThat(XText.length("(https://a.be/x).")).isEqualTo(1 + 23 + 2);
        assertThat(XText.length("https://a.be/x,y")).isEqualTo(23);
    }

    @Test
    void anEmojiOfSeveralCodePointsCountsTwoOnce() {
        assertThat(XText.length("👨‍👩‍👧")).isEqualTo(2);
        assertThat(XText.length("🇧🇪")).isEqualTo(2);
        assertThat(XText.length("❤️")).isEqualTo(2);
    }

    @Test
    void ideographsAndEmojiCountTwoAndAccentsOne() {
        assertThat(XText.length("北京")).isEqualTo(4);
        assertThat(XText.length("Québec 🎉")).isEqualTo(7 + 2);
        assertThat(XText.length("Que\u0301bec")).as("normalized first").isEqualTo(6);
        assertThat(XText.length("x".repeat(280))).isEqualTo(XText.LIMIT);
        assertThat(XText.length(null)).isZero();
    }
}
