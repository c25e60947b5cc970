/**
 * The figures we offer for embedding, as the /daten page lists them: a page and the id of a figure on it. Any
 * figure can be embedded (its menu's "Embed" entry gives the snippet); these are the ones a web editor is most
 * likely to want, and the browser test embeds each in a 600-px-wide iframe with the documented snippet.
 */
export interface Embeddable {
  /** The page (German path; the English one is under /en). */
  path: string;
  /** The figure's id: the id of its card, `?embed=<id>`. */
  id: string;
}

export const EMBEDDABLE: readonly Embeddable[] = [
  {path: "/", id: "population-index"},
  {path: "/", id: "svb-index"},
  {path: "/", id: "unemployment-rate"},
  {path: "/vergleich", id: "panel-population"},
  {path: "/vergleich", id: "panel-unemployment"},
  {path: "/kreise/15084", id: "population-trend"},
  {path: "/kreise/15084", id: "svb-trend"},
  {path: "/kreise/15084", id: "lq-wz"},
  {path: "/standort?kreis=15084&beruf=513", id: "standort-neighbours-figure"}
];

/** The URL that shows only the figure, relative to the site's root. */
export function embedPath({path, id}: Embeddable, lang: "de" | "en"): string {
  const url = new URL(path, "https://x.invalid");
  url.searchParams.set("embed", id);
  return `${lang === "en" ? "/en" : ""}${url.pathname === "/" ? "/" : url.pathname}${url.search}`;
}
