package org.standfirst.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u0001javascript:alert(1)", "java\u0000script:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "jar:file:/x!/y", "ftp://example.org/x",
            "blob:https://example.org/1", "about:blank", "x-custom:thing"})
    void refusesLinksThatCouldRunScriptOrLeaveTheWeb(String url) {
        assertThat(UrlPolicy.link(url)).isNull();
        assertThat(UrlPolicy.image(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "mailto:press@example.org", "tel:+442079460000",
            "/items/story.html", "../assets/a.png", "story.html", "#section-2", "?q=1", "//cdn.example.org/x.png",
            "javascript-guide.html", "notes/javascript:x"})
    void keepsWebMailAndRelativeLinks(String url) {
        assertThat(UrlPolicy.link(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/png;base64,iVBORw0KGgo=", "data:image/jpeg;base64,/9j/4AAQ", "https://example.org/a.png", "a.png"})
    void keepsRasterAndWebImages(String url) {
        assertThat(UrlPolicy.image(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/svg+xml;base64,PHN2Zz4=", "data:image/png,<svg onload=x>", "mailto:a@example.org"})
    void refusesImagesThatCarryMarkupOrAreNotPictures(String url) {
        assertThat(UrlPolicy.image(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///tmp/standfirst/a.png", "standfirst-asset://abc", "../assets/a.png", "https://x.org/a.png"})
    void trustsTheApplicationsOwnImageUrls(String url) {
        assertThat(UrlPolicy.trusted(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " VBScript:x", "data:text/html,<script>"})
    void evenTheApplicationsAnswersNeverRunScript(String url) {
        assertThat(UrlPolicy.trusted(url)).isNull();
    }
}
