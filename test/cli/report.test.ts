import { afterEach, describe, expect, it, vi } from "vitest";
import { reportFailure, reportProblems } from "../../src/cli/report.js";

const problem = { kind: "print" as const, file: "templates/faktenblatt.html.hbs", field: [], message: "Das Dokument „faktenblatt“ 2018 braucht 2 Seiten, erlaubt ist eine." };

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
    const text = stderrOf(() => expect(reportFailure({ problems: [problem], written: [], overviews: [], printed: false })).toBe(1));
    expect(text).toBe(`1 Fehler beim Drucken:\n  ${problem.file}: ${problem.message}\nEs wurde nichts geschrieben.\n`);
  });

  it("names the editions that were written before the failure", () => {
    const text = stderrOf(() => reportFailure({ problems: [problem], written: ["output/a/2018"], overviews: ["output/a/index.html"], printed: true }));
    expect(text.split("\n")).toEqual([
      "1 Fehler beim Drucken:",
      `  ${problem.file}: ${problem.message}`,
      "Geschrieben wurden nur output/a/2018 und die Übersicht output/a/index.html; alle anderen Ausgaben blieben unverändert.",
      "",
    ]);
    const noOverview = stderrOf(() => reportFailure({ problems: [problem], written: ["output/2017"], overviews: [], printed: true }));
    expect(noOverview).toContain("Geschrieben wurden nur output/2017; alle anderen Ausgaben blieben unverändert.");
    expect(text).not.toContain("nichts geschrieben");
  });

  it("says printed editions were not written either", () => {
    const text = stderrOf(() => reportFailure({ problems: [problem, problem], written: [], overviews: [], printed: true }));
    expect(text.split("\n").at(-2)).toBe("Es wurde nichts geschrieben, auch keine der schon gedruckten Ausgaben.");
  });
});

describe("reportProblems", () => {
  it("heads each kind of problem by what it is in", () => {
    const input = { file: "data/2018.yaml", field: ["berichtsjahr"], line: 2, message: "erwartet eine Zahl" };
    const lock = { kind: "output" as const, file: "output", field: [], message: "Ein anderer Lauf schreibt gerade." };
    const text = stderrOf(() => reportProblems([input, lock, problem]));
    expect(text.split("\n")).toEqual([
      "1 Fehler in den Eingaben:",
      "  data/2018.yaml, Zeile 2 › berichtsjahr: erwartet eine Zahl",
      "1 Fehler im Ausgabeordner:",
      "  output: Ein anderer Lauf schreibt gerade.",
      "1 Fehler beim Drucken:",
      `  ${problem.file}: ${problem.message}`,
      "Es wurde nichts geschrieben.",
      "",
    ]);
  });
});
