/**
 * The colours of lines, bars and dots, chosen so that every one reaches 3:1 against the chart backgrounds of both
 * colour schemes (WCAG 2.1, 1.4.11 Non-text Contrast): relative luminance between about 0.14 and 0.27, i.e. mid
 * tones, neither pastel (invisible on white) nor dark (invisible on the dark theme). Plot's default categorical
 * scheme (observable10) has five of ten colours below 3:1 on white (#efb118 1.9:1, #97bbf5 2.0:1, #6cc5b0 2.1:1).
 * test/unit/lib/palette.test.ts checks every colour here against CHART_BACKGROUNDS.
 */

/** Series colours in the order series are drawn: blue and orange first, told apart also with red–green blindness. */
export const SERIES_COLORS = [
  "#4269d0", // blue
  "#d0562c", // orange
  "#2e8540", // green
  "#a463f2", // purple
  "#138a8a", // teal
  "#c8407e", // magenta
  "#9c6b4e", // brown
  "#7d7d7d" // grey
] as const;

/** Named colours with a meaning (above/below a reference, kinds of plants). */
export const COLORS = {
  above: "#2a7a3b",
  below: "#b5542c",
  plant: "#b5542c",
  mine: "#7a6a3a",
  closed: "#7d7d7d",
  blue: "#3b6fb6",
  ochre: "#a06a00",
  youth: "#7570b3",
  oldAge: "#e7298a"
} as const;

/**
 * Where charts are drawn: the page and the cards, in the light theme (Framework's "air": white, cards 4 % grey) and
 * the dark theme ("near-midnight": #1e1e1e, cards #161616).
 */
export const CHART_BACKGROUNDS = {
  light: ["#ffffff", "#f6f6f6"],
  dark: ["#1e1e1e", "#161616"]
} as const;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
