import { describe, expect, it } from "vitest";
import { withArticle } from "../../src/german/article.js";
import { fractionWords } from "../../src/german/fractions.js";
import { quote, typography } from "../../src/german/typography.js";

describe("German typography", () => {
  it("turns straight quotes into German ones", () => {
    expect(typography('Er lobte die "kommunale Familie".')).toBe("Er lobte die \u201ekommunale Familie\u201c.");
    expect(typography("geht's")).toBe("geht\u2019s");
  });

  it("quotes data with German marks, inner quotes single", () => {
    expect(quote('Wir sagen "Danke".')).toBe("\u201eWir sagen \u201aDanke\u2018.\u201c");
    expect(quote("Wir helfen.", { beforeClause: true })).toBe("\u201eWir helfen\u201c");
    expect(quote("Helfen wir?", { beforeClause: true })).toBe("\u201eHelfen wir?\u201c");
    expect(quote("Und so weiter...", { beforeClause: true })).toBe("\u201eUnd so weiter...\u201c");
  });

  it.each([
    ["\u201eWir sind zufrieden.\u201c", "\u201eWir sind zufrieden\u201c"],
    ['"Wir sind zufrieden."', "\u201eWir sind zufrieden\u201c"],
    ["\u00bbWir sind zufrieden\u00ab.", "\u201eWir sind zufrieden\u201c"],
    ["\u201cWir sind zufrieden!\u201d", "\u201eWir sind zufrieden!\u201c"],
    // Not one quote around the whole text: the marks are the speaker's own, made single.
    ["\u201eA\u201c und \u201eB\u201c sind wichtig.", "\u201e\u201aA\u2018 und \u201aB\u2018 sind wichtig\u201c"],
  ])("does not double quote marks pasted with the text: %s", (text, expected) => {
    expect(quote(text, { beforeClause: true })).toBe(expected);
  });

  it("keeps abbreviations, laws and units together", () => {
    expect(typography("nach SGB II, Nr. 12, § 48a und z. B. 46,3 %")).toBe("nach SGB\u00a0II, Nr.\u00a012, §\u00a048a und z.\u00a0B. 46,3\u00a0%");
    expect(typography("von 2012-2018")).toBe("von 2012\u20132018");
  });
});

describe("German phrases of numbers", () => {
  it("words fractions with their approximation", () => {
    expect(fractionWords({ zaehler: 1, nenner: 4, naeherung: "gut" })).toBe("gut ein Viertel");
    expect(fractionWords({ zaehler: 1, nenner: 2, naeherung: "knapp" })).toBe("knapp die Hälfte");
    expect(fractionWords({ zaehler: 2, nenner: 3, naeherung: "rund" })).toBe("rund zwei Drittel");
  });

  it("declines an institution's name after the article", () => {
    expect(withArticle("Kommunales Jobcenter Erzgebirgskreis", "nominativ", "n", true)).toBe("Das Kommunale Jobcenter Erzgebirgskreis");
    expect(withArticle("Kommunales Jobcenter Erzgebirgskreis", "dativ")).toBe("dem Kommunalen Jobcenter Erzgebirgskreis");
    expect(withArticle("Jobcenter Musterstadt")).toBe("das Jobcenter Musterstadt");
  });
});
