import { describe, expect, it } from "vitest";
import { loadDocumentSet } from "../../src/pipeline/steps.js";
import { renderOverview, type OverviewEntry } from "../../src/render/overview-page.js";

const set = await loadDocumentSet();
const base = { veroeffentlichung: "2020-01-15", titel: "Jobcenter: Titel", herausgeber: "Landratsamt" };
const entry = (folder: string, record: Partial<OverviewEntry["record"]> & { berichtsjahr: number }): OverviewEntry => ({ folder, files: ["pressemitteilung.pdf"], record: { ...base, ...record } });

/** The body rows' cells as text, the header's cell count first. */
function table(html: string): { header: number; rows: string[][] } {
  const text = (cell: string) => cell.replace(/<span class="unsichtbar">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "").trim();
  const header = (/<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? "").match(/<th\b/g)?.length ?? 0;
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? "").matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? "")));
  return { header, rows };
}

describe("the overview page", () => {
  it("shows each edition's headline and key figure with its change against the year before, as far as its record holds them", () => {
    const html = renderOverview(
      set.templates,
      set.style,
      [
        entry("2021", { berichtsjahr: 2021, schlagzeile: "Deutlich mehr", bedarfsgemeinschaften: 120, bedarfsgemeinschaften_vorjahr: 0 }),
        entry("2020", { berichtsjahr: 2020, schlagzeile: "Gleich geblieben", bedarfsgemeinschaften: 0, bedarfsgemeinschaften_vorjahr: 0 }),
        entry("2019-auflage-2", { berichtsjahr: 2019, schlagzeile: "Gestiegen", bedarfsgemeinschaften: 10500, bedarfsgemeinschaften_vorjahr: 9922 }),
        entry("2019", { berichtsjahr: 2019, schlagzeile: "Gestiegen", bedarfsgemeinschaften: 10500, bedarfsgemeinschaften_vorjahr: 9922 }),
        entry("2018", { berichtsjahr: 2018, schlagzeile: "Halbiert", bedarfsgemeinschaften: 9922, bedarfsgemeinschaften_vorjahr: null }),
        // Written by an older version: no headline, no figure.
        entry("2017", { berichtsjahr: 2017 }),
      ],
      new Set([2019]),
    );
    const { header, rows } = table(html);
    expect(rows.map((row) => row.length)).toEqual(Array(6).fill(header));
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[6]])).toEqual([
      ["2021", "Deutlich mehr", "120", "von null (2020: 0)", "–"],
      ["2020", "Gleich geblieben", "0", "0,0\u00a0% (2019: 0)", "–"],
      ["2019 (2. Auflage)", "Gestiegen", "10.500", "+5,8\u00a0% (2018: 9.922)", "–"],
      ["2019", "Gestiegen", "10.500", "+5,8\u00a0% (2018: 9.922)", "Archiv 2019"],
      ["2018", "Halbiert", "9.922", "–", "–"],
      ["2017", "Jobcenter: Titel", "–", "–", "–"],
    ]);
    expect(html).toContain('<a href="archiv/2019/">Archiv 2019</a>');
    // A dash alone says nothing to a screen reader: each one has words beside it.
    expect(html.match(/<span aria-hidden="true">–<\/span>(?!<span class="unsichtbar">[^<]+<\/span>)/g)).toBeNull();
  });
});
