import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/render/markdown.js";

describe("markdownToHtml", () => {
  it("renders Markdown with German typography in text only", () => {
    const html = markdownToHtml('Er sagte "Hallo" nach SGB II. [Link](https://example.org "Titel") und `"Code"`');
    expect(html).toContain("Er sagte \u201eHallo\u201c nach SGB\u00a0II.");
    expect(html).toContain('href="https://example.org" title="Titel"');
    expect(html).toContain("<code>&quot;Code&quot;</code>");
  });

  it("keeps quotes that Handlebars escaped as quotes", () => {
    expect(markdownToHtml("die &quot;kommunale Familie&quot;")).toContain("die \u201ekommunale Familie\u201c");
  });

  it("leaves escaped HTML as text", () => {
    expect(markdownToHtml("&lt;script&gt;alert(1)&lt;/script&gt;")).toContain("&lt;script&gt;");
  });
});
