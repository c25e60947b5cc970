/**
 * Page state in the URL, so that a copied link reproduces the view (region, reference area, years).
 * Values are read once when the page loads and written with history.replaceState when an input changes.
 */
export function getParam(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

export function getNumberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && new URLSearchParams(location.search).has(name) ? value : fallback;
}

/** Writes parameters into the URL without reloading; null removes one. */
export function setParams(params: Record<string, string | number | null>): void {
  const search = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) search.delete(name);
    else search.set(name, String(value));
  }
  // Commas are legal in a query string; keep lists readable (`?r=REV-MD,15084`, not `%2C`).
  const query = search.toString().replace(/%2C/gi, ",");
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

/**
 * Keeps an input's value in the URL: `bindToUrl(Inputs.select(...), "region")`. The input's initial value
 * must already come from getParam; `serialize` turns the value into the URL string.
 */
export function bindToUrl<T extends HTMLElement & {value: unknown}>(
  input: T,
  name: string,
  serialize: (value: T["value"]) => string = String
): T {
  input.addEventListener("input", () => setParams({[name]: serialize(input.value)}));
  return input;
}
