import { describe, expect, it } from "vitest";
import { formatDate, formatDecimal, formatInteger, formatPercent, formatRange, formatTime, formatYear, numberWord } from "../../src/german/format.js";

const NBSP = "\u00a0";

describe("German formatting", () => {
  it("groups thousands with a dot, years never", () => {
    expect(formatInteger(31775)).toBe("31.775");
    expect(formatInteger(9664)).toBe("9.664");
    expect(formatInteger(104)).toBe("104");
    expect(formatInteger(1234567)).toBe("1.234.567");
    expect(formatInteger(31775, { din: true })).toBe("31\u202f775");
    expect(formatYear(2018)).toBe("2018");
  });

  it("writes percentages with a comma, a no-break space and a real minus", () => {
    expect(formatPercent(-0.4625)).toBe(`46,3${NBSP}%`);
    expect(formatPercent(-0.4625, { sign: true })).toBe(`\u221246,3${NBSP}%`);
    expect(formatPercent(0.1, { sign: true, word: true })).toBe(`+10${NBSP}Prozent`);
    expect(formatPercent(0.00001, { sign: true })).toBe(`0,0${NBSP}%`);
    expect(formatDecimal(1.72649, 2)).toBe("1,73");
  });

  it("writes dates and times the German way", () => {
    expect(formatDate("2019-01-15")).toBe(`15.${NBSP}Januar 2019`);
    expect(formatDate("2019-01-15", "wochentag")).toBe(`Dienstag, 15.${NBSP}Januar 2019`);
    expect(formatDate("2019-01-15", "kurz")).toBe("15.01.2019");
    expect(formatDate("2019-01-15T11:00")).toBe(`15.${NBSP}Januar 2019`);
    expect(formatTime("2019-01-15T11:00")).toBe(`11.00${NBSP}Uhr`);
    expect(formatTime("2019-01-15T09:30")).toBe(`9.30${NBSP}Uhr`);
  });

  it("writes ranges with an en dash and small numbers as words", () => {
    expect(formatRange(2012, 2018)).toBe("2012\u20132018");
    expect(numberWord(12)).toBe("zwölf");
    expect(numberWord(13)).toBe("13");
  });
});
