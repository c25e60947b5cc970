import {matchesOccupation} from "../lib/labour-pool.js";

/**
 * A text field with suggestions to pick an occupation group by code or by any part of its title ("513",
 * "lager"). Its `value` is the 3-digit code; an `input` event fires only when the text names exactly one group
 * (its code, its option label, or a search that leaves one group), so the page never sees a half-typed value.
 */
export function OccupationPicker(
  occupations: ReadonlyMap<string, string>,
  {label, value, placeholder = ""}: {label: string; value: string; placeholder?: string}
): HTMLElement & {value: string} {
  const id = `occupation-${Math.random().toString(36).slice(2, 8)}`;
  const optionLabel = (code: string) => `${code} ${occupations.get(code) ?? ""}`;
  const form = document.createElement("form") as HTMLFormElement & {value: string};
  form.className = "rm-occupation-picker";
  const labelEl = document.createElement("label");
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const input = document.createElement("input");
  Object.assign(input, {id, type: "search", value: optionLabel(value), placeholder, autocomplete: "off"});
  input.setAttribute("list", `${id}-list`);
  const list = document.createElement("datalist");
  list.id = `${id}-list`;
  for (const code of occupations.keys()) list.append(new Option(optionLabel(code), optionLabel(code)));
  form.append(labelEl, input, list);
  let current = value;
  const resolve = (text: string): string | undefined => {
    const code = /^\s*(\d{3})\b/.exec(text)?.[1];
    if (code && occupations.has(code)) return code;
    const hits = [...occupations].filter(([c, n]) => matchesOccupation(text, c, n));
    return hits.length === 1 ? hits[0]![0] : undefined;
  };
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    const code = resolve(input.value);
    if (code && code !== current) {
      current = code;
      form.dispatchEvent(new Event("input", {bubbles: true}));
    }
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  Object.defineProperty(form, "value", {get: () => current});
  return form;
}
