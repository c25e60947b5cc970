import {t} from "../shared/i18n/index.js";
import type {Lang} from "../shared/i18n/types.js";
import {formatInteger, PAGE_LANG} from "../shared/locale.js";

/**
 * A search field over rows whose value is the matching rows, built with `addEventListener` only. It replaces
 * `Inputs.search`, whose `oninput=${…}` attribute Chromium reports as a Content-Security-Policy violation (issue 23).
 * The matching is the one of `Inputs.search`: every word of the query must start a word in one of the `columns`
 * (case-insensitive), so "Zeitz" finds "Zeitz, Stadt" but not "Droyßiger-Zeitzer Forst". The field always has a
 * label (visible, or as `aria-label` when `label` is not given), and the number of hits is announced politely.
 */
export interface SearchBoxOptions<T> {
  columns: (keyof T & string)[];
  label?: string;
  placeholder?: string;
  query?: string;
  lang?: Lang;
}

export type SearchBoxElement<T> = HTMLFormElement & {value: T[]; query: string};

let searchCount = 0;

export function SearchBox<T extends object>(data: readonly T[], options: SearchBoxOptions<T>): SearchBoxElement<T> {
  const lang = options.lang ?? PAGE_LANG;
  const id = `rm-search-${++searchCount}`;
  const form = document.createElement("form") as SearchBoxElement<T>;
  form.className = "rm-search";
  form.setAttribute("role", "search");
  const input = document.createElement("input");
  input.type = "search";
  input.id = id;
  input.name = "input";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.placeholder = options.placeholder ?? t(lang, "input.search");
  input.value = options.query ?? "";
  if (options.label) {
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = options.label;
    form.append(label);
  } else {
    input.setAttribute("aria-label", options.placeholder ?? t(lang, "input.search"));
  }
  const output = document.createElement("output");
  output.htmlFor.add(id);
  output.setAttribute("aria-live", "polite");
  const field = document.createElement("div");
  field.className = "rm-search-field";
  field.append(input, output);
  form.append(field);
  form.addEventListener("submit", (event) => event.preventDefault());

  let value: T[] = [];
  function update() {
    value = filterRows(data, input.value, options.columns);
    output.value = t(lang, "input.hits", {count: formatInteger(value.length, lang)});
  }
  // The input event bubbles to the form, where Framework's view() reads the new value.
  input.addEventListener("input", update);
  update();

  Object.defineProperties(form, {
    value: {get: () => value},
    query: {
      get: () => input.value,
      set: (query: string) => {
        input.value = query;
        update();
      }
    }
  });
  return form;
}

/** The rows of which every word of `query` starts a word in one of `columns` (all rows for an empty query). */
export function filterRows<T extends object>(data: readonly T[], query: string, columns: (keyof T & string)[]): T[] {
  const terms = query
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => new RegExp(`(?:^|[^\\p{L}-])${term.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}`, "iu"));
  return data.filter((row) =>
    terms.every((term) => columns.some((column) => term.test(String((row as Record<string, unknown>)[column] ?? ""))))
  );
}
