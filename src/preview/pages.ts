// The preview's own pages: an overview and a frame around each document. Tool interface, like
// the command line's messages; the documents inside the frame are exactly what build writes.

/** Sent to the pages as JSON: the keys are what the pages' script reads. */
export interface PreviewState {
  version: number;
  years: number[];
  /** Problems of the last run: the pages keep showing the last state without any. */
  problems: string[];
  /** Warnings of the state shown. */
  warnings: string[];
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; }
  header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1rem; background: #1f4e79; color: #fff; }
  header a { color: #fff; }
  main { padding: 1rem 1.5rem; }
  iframe { border: 0; width: 100%; height: calc(100vh - 3rem); display: block; background: #fff; }
  #fehler { position: fixed; inset: 3rem 1rem auto 1rem; background: #fff5f5; border: 2px solid #a4161a; color: #5c0a0c;
            padding: 1rem 1.25rem; box-shadow: 0 4px 16px rgba(0,0,0,.25); white-space: pre-wrap; font: 14px/1.5 ui-monospace, monospace; }
  #fehler[hidden] { display: none; }
  #fehler pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; }
  #fehler strong, #warnungen strong { font-family: system-ui, sans-serif; font-size: 16px; display: block; margin-bottom: .5rem; }
  #warnungen { position: fixed; inset: auto 1rem 1rem 1rem; background: #fffbea; border: 2px solid #8a6d00; color: #4d3d00;
               padding: .75rem 1rem; font: 14px/1.5 ui-monospace, monospace; max-height: 40vh; overflow: auto; }
  #warnungen[hidden] { display: none; }
  #warnungen pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; }
  #warnungen button { float: right; font: 14px system-ui, sans-serif; min-height: 24px; }
`;

/** Reloads the document frame on every change; shows the German error over the last good render. */
const SCRIPT = `
  const problems = document.getElementById("fehler");
  const warnings = document.getElementById("warnungen");
  const frame = document.querySelector("iframe");
  let version = Number(document.body.dataset.version);
  let dismissed = "";
  warnings.querySelector("button").addEventListener("click", () => {
    dismissed = warnings.querySelector("pre").textContent;
    warnings.hidden = true;
  });
  function show(state) {
    const text = state.warnings.join("\\n");
    warnings.querySelector("pre").textContent = text;
    // Hidden by the user until the warnings change.
    warnings.hidden = text === "" || text === dismissed;
    if (state.problems.length > 0) {
      problems.querySelector("pre").textContent = state.problems.join("\\n");
      problems.hidden = false;
      return;
    }
    problems.hidden = true;
    if (state.version !== version && frame) frame.src = frame.src.split("?")[0] + "?v=" + state.version;
    version = state.version;
  }
  new EventSource("/ereignisse").addEventListener("zustand", (event) => show(JSON.parse(event.data)));
`;

function page(title: string, body: string, state: PreviewState): string {
  return `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>${escape(title)} – Vorschau</title><style>${STYLE}</style></head>
<body data-version="${state.version}">
${body}
<div id="fehler" role="alert"${state.problems.length > 0 ? "" : " hidden"}><strong>Fehler – angezeigt wird der letzte fehlerfreie Stand</strong><pre>${escape(state.problems.join("\n"))}</pre></div>
<div id="warnungen" role="status"${state.warnings.length > 0 ? "" : " hidden"}><button type="button">Ausblenden</button><strong>Warnungen – angezeigt wird der aktuelle Stand</strong><pre>${escape(state.warnings.join("\n"))}</pre></div>
<script>${SCRIPT}</script>
</body>
</html>`;
}

const DOCUMENTS = [
  ["pressemitteilung", "Pressemitteilung"],
  ["faktenblatt", "Faktenblatt"],
] as const;

export function overviewPage(state: PreviewState): string {
  const rows = state.years
    .map(
      (year) =>
        `<li><strong>${year}</strong>: ${DOCUMENTS.map(([name, label]) => `<a href="/${year}/${name}">${label}</a> (<a href="/${year}/${name}?ansicht=pdf">PDF</a>)`).join(" · ")}</li>`,
    )
    .join("\n");
  return page("Pressemappe", `<header><strong>Vorschau der Pressemappe</strong></header><main><p>Ausgaben im Datenordner – jede Seite aktualisiert sich beim Speichern von selbst.</p><ul>${rows || "<li>Keine Ausgabe gefunden.</li>"}</ul></main>`, state);
}

export function documentPage(state: PreviewState, year: number, name: string, pdf: boolean): string {
  const label = DOCUMENTS.find(([key]) => key === name)?.[1] ?? name;
  const other = pdf ? `<a href="/${year}/${name}">als HTML</a>` : `<a href="/${year}/${name}?ansicht=pdf">als PDF</a>`;
  const header = `<header><a href="/">Übersicht</a><strong>${escape(label)} ${year}</strong>${other}</header>`;
  return page(`${label} ${year}`, `${header}<iframe title="${escape(label)} ${year}" src="/${year}/${name}.${pdf ? "pdf" : "html"}?v=${state.version}"></iframe>`, state);
}
