import { FIXED_SERIES } from "../validate/built-in-figures.js";
import { PERIODS } from "../validate/catalogue.js";
import type { Edition } from "../validate/schema.js";
import type { Figure } from "./catalogue-figures.js";

const FIXED = Object.keys(FIXED_SERIES);
const DEFAULT_TILES = [...FIXED, ...PERIODS];
const DEFAULT_CHART = FIXED;

type Period = NonNullable<Edition["kennzahlen"]["integrationen"]>;
export type Tile = { schluessel: string; reihe: Figure; zeitraum?: undefined } | { schluessel: string; zeitraum: Period; reihe?: undefined };

/**
 * What the fact sheet shows where: the edition's lists under `faktenblatt`, or what it showed
 * before the catalogue (the four tiles, every series in the table, households and persons in the chart).
 */
export function factSheet(edition: Edition, figures: readonly Figure[]) {
  const lists = edition.faktenblatt ?? {};
  const byKey = new Map(figures.map((figure) => [figure.schluessel, figure]));
  const pick = (keys: readonly string[]) => keys.flatMap((key) => byKey.get(key) ?? []);
  const tiles = (lists.kacheln ?? DEFAULT_TILES).flatMap((schluessel): Tile[] => {
    const reihe = byKey.get(schluessel);
    if (reihe !== undefined) return [{ schluessel, reihe }];
    const zeitraum = (PERIODS as readonly string[]).includes(schluessel) ? edition.kennzahlen[schluessel as (typeof PERIODS)[number]] : undefined;
    return zeitraum === undefined ? [] : [{ schluessel, zeitraum }];
  });
  const rows = lists.tabelle === undefined ? [...figures] : pick(lists.tabelle);
  const chart = pick(lists.diagramm ?? DEFAULT_CHART);
  const messungen = new Set(rows.map((row) => row.messung));
  return {
    kacheln: tiles.map((tile, index) => ({
      ...tile,
      /** The persons' tile right after the households' reads "in diesen Bedarfsgemeinschaften". */
      nachBedarfsgemeinschaften: tiles[index - 1]?.schluessel === "bedarfsgemeinschaften",
    })),
    tabelle: {
      zeilen: rows.map((row, index) => ({
        ...row,
        /** Persons per household follow the second of the two fixed series, when the table has both. */
        jeHaushalt: isLastFixed(rows, index),
      })),
      /** The columns: the comparison base and the previous year, where any row has them. */
      basis: rows.some((row) => row.langfrist !== null) ? (rows.find((row) => row.langfrist !== null)?.langfrist?.von.jahr ?? null) : null,
      vorjahr: rows.some((row) => row.vorjahr !== null) ? edition.berichtsjahr - 1 : null,
      /** How every row is measured, when all are measured alike: the header then says it once. */
      messung: messungen.size === 1 ? [...messungen][0] : null,
      /** Figures beyond the two fixed series: the table is shown for them even without a comparison. */
      weitere: rows.some((row) => !FIXED.includes(row.schluessel)),
    },
    diagramm: {
      reihen: chart,
      /** How every series is measured, when all are measured alike: the caption says it once. */
      messung: new Set(chart.map((figure) => figure.messung)).size === 1 ? (chart[0]?.messung ?? null) : null,
      /** A chart needs more than one year in one of its series. */
      zeigen: chart.some((figure) => Object.keys(figure.werte).length > 1),
    },
  };
}

function isLastFixed(rows: readonly Figure[], index: number): boolean {
  const fixed = rows.flatMap((row, at) => (FIXED.includes(row.schluessel) ? [at] : []));
  return fixed.length === 2 && fixed[1] === index;
}
