/**
 * One colour per region across pages: the Burgenlandkreis is drawn in the same colour on its profile and on
 * /vergleich, whatever order the regions were picked in. Germany, East Germany, the Reviere and the three Länder
 * of the Revier have fixed colours; every other region (the Kreise) takes the free colours in the order it is
 * listed, so the first Kreis of a chart is always the first colour.
 *
 * The colours are the series colours of the palette module (src/lib/palette.ts, 3:1 contrast in both schemes); if
 * the palette changes, this map follows.
 */
import {SERIES_COLORS} from "./palette.js";

export const PALETTE: readonly string[] = SERIES_COLORS;

/**
 * Fixed slots in PALETTE (blue, orange, green, purple, teal, magenta, brown, grey): regions that appear on many pages
 * beside a changing set of Kreise. Germany grey, East Germany brown, the Mitteldeutsches Revier teal, the Länder of
 * the Revier orange (Sachsen-Anhalt), green (Sachsen) and purple (Thüringen); the other Reviere share magenta.
 */
const FIXED: Readonly<Record<string, number>> = {
  DG: 7,
  OST: 6,
  "OST-B": 6,
  "REV-MD": 4,
  "REV-LAU": 5,
  "REV-RH": 5,
  "15": 1,
  "14": 2,
  "16": 3
};

/** The order in which the other regions take the colours not fixed in the chart (the first Kreis: the first colour). */
const FREE_ORDER = [0, 5, 4, 3, 2, 1, 6, 7];

/** The colour of each region code, in order: fixed ones first claimed, the rest from the free colours. */
export function regionColours(codes: readonly string[], palette: readonly string[] = PALETTE): string[] {
  const fixedHere = new Set(codes.filter((c) => c in FIXED).map((c) => FIXED[c]! % palette.length));
  const free = FREE_ORDER.filter((i) => i < palette.length && !fixedHere.has(i));
  let next = 0;
  return codes.map((code) =>
    code in FIXED ? palette[FIXED[code]! % palette.length]! : palette[free[next++ % free.length]!]!
  );
}
