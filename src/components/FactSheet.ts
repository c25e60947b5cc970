import {t, type Lang} from "../shared/i18n/index.js";
import {formatDecimal, formatReference} from "../shared/locale.js";
import type {PlantFact, sheetFacts} from "../lib/kreis-facts.js";
import type {NamedLocationQuotient} from "../lib/kreis-profile.js";

export interface FactSheetOptions {
  lang: Lang;
  facts: ReturnType<typeof sheetFacts>;
  topWz: readonly NamedLocationQuotient[];
  topKldb: readonly NamedLocationQuotient[];
  years: {wz: number | null; kldb: number | null};
  plants: readonly (PlantFact & {distance: number | null})[];
  radiusKm: number;
  /** Three small charts, each with its title and a one-sentence description, already sized for print. */
  charts: readonly {title: string; subtitle: string; description: string; chart: Element}[];
  source: string;
  /** Where the sheet lives, printed in its footer. */
  url: string;
  /** More location facts (land price, labour pool, income: the investor view's LocationFacts) for the slot. */
  extra?: Node;
}

/** The "Steckbrief (PDF)" button: opens the browser's print dialog, which lays the page out as the fact sheet. */
export function PrintButton(lang: Lang): HTMLButtonElement {
  const button = el("button", t(lang, "kreise.profile.print"), "rm-print-button") as HTMLButtonElement;
  button.type = "button";
  button.title = t(lang, "kreise.profile.printHint");
  button.addEventListener("click", () => window.print());
  return button;
}

/**
 * The location facts of a Kreis as one block: on screen a card of the profile, in print (A4 portrait, see
 * style.css `@media print`) the fact sheet with three small charts. The element with id `location-facts` is left
 * for the labour-market and land facts of the investor view.
 */
export function FactSheet(o: FactSheetOptions): HTMLElement {
  const {lang, facts: f} = o;
  const n = (v: number | null, digits = 0, signed = false) =>
    `${signed && v !== null && v > 0 ? "+" : ""}${formatDecimal(v, digits, lang)}`;
  const changeText = (
    c: {from: number; to: number; absolute: number; percent: number; territory: string; stated: boolean} | null
  ) =>
    c
      ? `${t(lang, c.stated ? "kreise.sheet.changeTerritory" : "kreise.sheet.change", {from: c.from, to: c.to, territory: formatReference(c.territory, lang)})}: ${n(c.percent, 1, true)} %`
      : "";
  const flagged = (x: {value: number | null; flag: string | null}, digits = 0) =>
    x.value === null && x.flag === "suppressed" ? t(lang, "kreise.sheet.suppressed") : n(x.value, digits);
  const facts: [string, string, string?][] = [
    [
      t(lang, "kreise.sheet.population", {year: f.population.year ?? "–"}),
      n(f.population.value),
      changeText(f.populationChange)
    ],
    [t(lang, "kreise.sheet.area"), `${n(f.area, 1)} km²`],
    [t(lang, "kreise.sheet.density"), n(f.density, 1)],
    [t(lang, "kreise.sheet.gemeinden"), `${n(f.gemeinden)} / ${n(f.staedte)} / ${n(f.associations)}`],
    [t(lang, "kreise.sheet.svb", {year: f.svb.year ?? "–"}), n(f.svb.value), changeText(f.svbChange)],
    [t(lang, "kreise.sheet.rate", {year: f.rate.year ?? "–"}), `${n(f.rate.value, 1)} %`],
    // The location facts in the slot (o.extra) carry the commuter balance and the strongest occupation groups
    // (with unemployed and vacancies); the sheet shows each fact once, so it leaves out its own lines for them.
    ...(o.extra
      ? []
      : [
          [
            t(lang, "kreise.sheet.commuters", {year: f.commuters.year ?? "–"}),
            n(f.commuters.value, 0, true),
            f.commuters.in === null
              ? ""
              : t(lang, "kreise.sheet.commutersDetail", {in: n(f.commuters.in), out: n(f.commuters.out)})
          ] as [string, string, string?]
        ]),
    [t(lang, "kreise.sheet.mining", {year: f.mining.year ?? "–"}), flagged(f.mining)]
  ];
  const section = el("section", "", "rm-factsheet card");
  section.id = "fact-sheet";
  const grid = el("div", "", "rm-sheet-grid");
  const left = el("div");
  left.append(el("h2", t(lang, "kreise.sheet.location")));
  const dl = el("dl", "", "rm-sheet-facts");
  for (const [label, value, note] of facts) {
    dl.append(el("dt", label));
    const dd = el("dd", value);
    if (note) dd.append(el("span", ` (${note})`, "rm-sheet-note"));
    dl.append(dd);
  }
  left.append(dl);
  const right = el("div");
  const list = (title: string, rows: readonly NamedLocationQuotient[]) => {
    right.append(el("h3", title));
    const ol = el("ol", "", "rm-sheet-list");
    for (const r of rows) ol.append(el("li", `${r.name}: ${n(r.lq, 2)}`));
    right.append(ol);
  };
  list(t(lang, "kreise.sheet.topWz"), o.topWz);
  if (!o.extra) list(t(lang, "kreise.sheet.topKldb"), o.topKldb);
  right.append(
    el("p", t(lang, "kreise.sheet.lqNote", {wz: o.years.wz ?? "–", kldb: o.years.kldb ?? "–"}), "rm-sheet-note")
  );
  right.append(
    el("h3", t(lang, o.plants.length ? "kreise.sheet.plants" : "kreise.sheet.plantsNone", {km: o.radiusKm}))
  );
  if (o.plants.length) {
    const ul = el("ul", "", "rm-sheet-list");
    for (const p of o.plants.slice(0, 6)) {
      const shutdown = p.shutdown_year === null ? "" : t(lang, "kreise.sheet.plantShutdown", {year: p.shutdown_year});
      ul.append(
        el("li", t(lang, "kreise.sheet.plant", {name: p.name, mw: n(p.capacity_mw), km: n(p.distance ?? 0), shutdown}))
      );
    }
    right.append(ul);
  }
  grid.append(left, right);
  const slot = el("div", "", "rm-sheet-slot");
  slot.id = "location-facts-slot";
  if (o.extra) slot.append(o.extra);
  const charts = el("div", "", "rm-sheet-charts rm-print-only");
  for (const c of o.charts) {
    const box = el("figure", "", "rm-sheet-chart");
    // The printed chart's text alternative: its name in a tagged PDF, and the description printed under it for
    // readers of an untagged copy (WCAG 1.1.1).
    c.chart.setAttribute("role", "img");
    c.chart.setAttribute("aria-label", `${c.title}. ${c.description}`);
    for (const node of c.chart.querySelectorAll("[aria-label]:not([role])")) node.removeAttribute("aria-label");
    box.append(el("h3", c.title), el("p", c.subtitle, "rm-sheet-note"), c.chart);
    box.append(el("figcaption", c.description, "rm-sheet-note rm-sheet-desc"));
    charts.append(box);
  }
  const head = el("p", "", "rm-sheet-head rm-print-only");
  head.append(el("strong", t(lang, "kreise.sheet.title")), ` · ${o.url}`);
  section.append(head, grid, slot, charts, el("p", o.source, "rm-source"));
  section.append(el("p", t(lang, "kreise.sheet.footer", {url: o.url}), "rm-sheet-footer rm-print-only"));
  return section;
}

function el(tag: string, text = "", className = ""): HTMLElement {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}
