import { afterEach, describe, expect, it, vi } from "vitest";
import { reportFailure } from "../../src/cli/report.js";

const problem = { file: "templates/faktenblatt.html.hbs", field: [], message: "Das Dokument „faktenblatt“ 2018 braucht 2 Seiten, erlaubt ist eine." };

function stderrOf(run: () => void): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => written.push(String(chunk)) > 0);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written.join("");
}

afterEach(() => vi.restoreAllMocks());

describe("reportFailure", () => {
  it("says nothing was written only when nothing was", () => {
    const text = stderrOf(() => expect(reportFailure({ problems: [problem], written: [], printed: false })).toBe(1));
    expect(text).toBe(`1 Fehler in den Eingaben – es wurde nichts geschrieben:\n  ${problem.file}: ${problem.message}\n`);
  });

  it("names the editions that were written before the failure", () => {
    const text = stderrOf(() => reportFailure({ problems: [problem], written: ["output/a/2018"], printed: true }));
    expect(text.split("\n")[0]).toBe("1 Fehler – geschrieben wurden nur output/a/2018 (samt Übersicht ihres Ausgabeordners); alle anderen Ausgaben blieben unverändert:");
    expect(text).not.toContain("nichts geschrieben");
  });

  it("says printed editions were not written either", () => {
    const text = stderrOf(() => reportFailure({ problems: [problem, problem], written: [], printed: true }));
    expect(text.split("\n")[0]).toBe("2 Fehler in den Eingaben – es wurde nichts geschrieben, auch keine der schon gedruckten Ausgaben:");
  });
});
