export interface HeadlineOptions {
  /** What is counted, e.g. "Einwohnerinnen und Einwohner". */
  label: string;
  /** The value, already formatted ("2.023.873", "7,1 %"); "keine Daten" when missing. */
  value: string;
  /** Unit and reference date, e.g. "Personen, 31.12.2024". */
  reference: string;
  /** The change and its period, e.g. "+1,2 % seit 30.06.2013". */
  change: string;
  /** Sign of the change for colouring (-1, 0, 1); null when there is none. */
  trend?: number | null;
  /** A short note on breaks or definitions. */
  note?: string;
  /** The source line (sourceLine from src/shared/sources.ts); omit when one line under a row of cards names them all. */
  source?: string;
}

/**
 * A headline figure ("key figure card"): label, large value, unit and date, the change with its period, a note, and
 * the source line. Plain DOM, so that it renders before any chart library has loaded.
 */
export function Headline({label, value, reference, change, trend = null, note, source}: HeadlineOptions): HTMLElement {
  const card = document.createElement("section");
  card.className = "rm-headline";
  card.setAttribute("aria-label", `${label}: ${value} (${reference}), ${change}`);
  card.append(
    el("h2", label),
    el("p", value, "rm-headline-value"),
    el("p", reference, "rm-headline-reference"),
    el("p", change, `rm-headline-change${trend === null ? "" : trend > 0 ? " rm-up" : trend < 0 ? " rm-down" : ""}`),
    ...(note ? [el("p", note, "rm-headline-note")] : []),
    ...(source ? [el("p", source, "rm-source")] : [])
  );
  return card;
}

function el(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}
