package org.carebridge.web.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void keepsTheTextAPersonReads() {
        assertThat(HtmlText.of("<span class=\"cb-mono\">110101********1234</span>")).isEqualTo("110101********1234");
        assertThat(HtmlText.of("<a href=\"/app/child.xhtml?id=3\">王小明</a>")).isEqualTo("王小明");
        assertThat(HtmlText.of("已提交\n   <span class=\"cb-overdue\"> 期限 2026-11-01</span>"))
                .isEqualTo("已提交 期限 2026-11-01");
        assertThat(HtmlText.of("项目<div><small>心理辅导</small></div>")).isEqualTo("项目 心理辅导");
    }

    @Test
    void decodesReferencesWithoutReadingThemAsMarkup() {
        assertThat(HtmlText.of("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; &#39;x&#39; &#x4E2D;")).isEqualTo("<b>Tom & Jerry</b> 'x' 中");
        assertThat(HtmlText.of("=1+1")).isEqualTo("=1+1");
    }

    @Test
    void dropsScripts() {
        assertThat(HtmlText.of("a<script>PrimeFaces.cw('x')</script>b")).isEqualTo("a b");
        assertThat(HtmlText.of(null)).isEmpty();
    }
}
