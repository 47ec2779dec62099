import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../../src/render/markdown.js";

describe("markdownToHtml", () => {
  it("renders Markdown, links with their titles", () => {
    const html = markdownToHtml('Er sagte **"Hallo"**. [Link](https://example.org "Titel")');
    expect(html).toBe('<p>Er sagte <strong>"Hallo"</strong>. <a href="https://example.org" title="Titel">Link</a></p>\n');
  });

  it("leaves escaped HTML as text", () => {
    expect(markdownToHtml("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });
});
