/**
 * One colour per region across pages: the Burgenlandkreis is drawn in the same colour on its profile and on
 * /vergleich, whatever order the regions were picked in. Germany, East Germany, the Reviere and the three Länder
 * of the Revier have fixed colours; every other region (the Kreise) takes the free colours in the order it is
 * listed, so the first Kreis of a chart is always the first colour.
 *
 * The colours are Plot's categorical scheme (observable10), which the charts used so far. When the palette module of
 * the accessibility issue (src/lib/palette.ts, colours with 3:1 contrast) lands, `PALETTE` becomes its series
 * colours and this map follows.
 */
import {schemeObservable10} from "d3";

export const PALETTE: readonly string[] = schemeObservable10;

/** Fixed slots in PALETTE: regions that appear on many pages beside a changing set of Kreise. */
const FIXED: Readonly<Record<string, number>> = {
  DG: 9,
  OST: 8,
  "OST-B": 8,
  "REV-MD": 6,
  "REV-LAU": 5,
  "REV-RH": 7,
  "15": 1,
  "14": 4,
  "16": 2
};

/** The order in which the other regions take the colours not fixed in the chart (the first Kreis: the first colour). */
const FREE_ORDER = [0, 3, 5, 7, 2, 4, 1, 6, 8, 9];

/** The colour of each region code, in order: fixed ones first claimed, the rest from the free colours. */
export function regionColours(codes: readonly string[], palette: readonly string[] = PALETTE): string[] {
  const fixedHere = new Set(codes.filter((c) => c in FIXED).map((c) => FIXED[c]! % palette.length));
  const free = FREE_ORDER.filter((i) => i < palette.length && !fixedHere.has(i));
  let next = 0;
  return codes.map((code) =>
    code in FIXED ? palette[FIXED[code]! % palette.length]! : palette[free[next++ % free.length]!]!
  );
}
