import { describe, expect, it } from "vitest";
import { mapTextNodes } from "../../src/render/text-nodes.js";
import { hyphenateForPrint, typesetGerman } from "../../src/render/typeset.js";

const SHY = "\u00ad";
const page = (body: string) => `<html><head><title>T</title><style>p > a { color: red }</style></head><body>${body}</body></html>`;

describe("typesetGerman", () => {
  it("sets German quotes across inline tags, not across blocks", () => {
    expect(typesetGerman(page('<p>Sie sagt "<em>Hallo</em>".</p><p>"Neu"</p>'))).toContain("<p>Sie sagt „<em>Hallo</em>“.</p><p>„Neu“</p>");
  });

  it("turns quotes Handlebars escaped into German ones", () => {
    expect(typesetGerman(page("<p>die &quot;kommunale Familie&quot;</p>"))).toContain("<p>die „kommunale Familie“</p>");
  });

  it("leaves code, style and attributes alone", () => {
    const html = page('<p title="a &quot;b&quot;">x <code>"y"</code> SGB II</p>');
    const result = typesetGerman(html);
    expect(result).toContain('title="a &quot;b&quot;"');
    expect(result).toContain('<code>"y"</code> SGB\u00a0II');
    expect(result).toContain("<style>p > a { color: red }</style>");
  });
});

describe("hyphenateForPrint", () => {
  const names = new Set(["Reißmann", "Erzgebirgskreis"]);
  const print = (body: string) => hyphenateForPrint(page(`<main>${body}</main>`), names);

  it("hyphenates long German words of body text with soft hyphens", () => {
    expect(print("<p>Bedarfsgemeinschaften</p>")).toContain(`Bedarfs${SHY}ge${SHY}mein${SHY}schaf${SHY}ten`);
  });

  it("leaves at least three letters on either side of a break", () => {
    expect(print("<p>geführt Verantwortung</p>")).toContain(`geführt Ver${SHY}ant${SHY}wor${SHY}tung`);
  });

  it("never hyphenates names, numbers, addresses, headings or links", () => {
    const body = '<h1>Bedarfsgemeinschaften</h1><p>Reißmann im Erzgebirgskreis, 31.775, presse@beispielverwaltung.de, https://beispielverwaltung.de/Grundsicherung <a href="/x">Grundsicherung</a></p>';
    expect(print(body)).not.toContain(SHY);
  });

  it("leaves text outside <main> alone", () => {
    expect(hyphenateForPrint(page("<header>Bedarfsgemeinschaften</header>"), names)).not.toContain(SHY);
  });
});

describe("mapTextNodes", () => {
  it("tells each text which tracked elements are open", () => {
    const seen: string[] = [];
    mapTextNodes("<main><p>a<a href='#'>b</a></p></main>c", (text, { inside }) => {
      seen.push(`${text}:${["main", "a", "h1"].filter((name) => inside.has(name)).join("+")}`);
      return text;
    });
    expect(seen).toEqual(["a:main", "b:main+a", "c:"]);
  });
});
