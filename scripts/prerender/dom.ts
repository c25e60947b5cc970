/**
 * A browser-like global scope for rendering components in Node at build time, as the component tests do with
 * Vitest's jsdom environment: `document`, `window`, the DOM classes and the few browser functions the components
 * touch. Installed once, before the components are imported (some read `document` when they load).
 */
import {JSDOM} from "jsdom";

let installed: JSDOM | undefined;

export function installDom(): JSDOM {
  if (installed) return installed;
  const dom = new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>", {
    pretendToBeVisual: true,
    url: "http://localhost/"
  });
  const scope = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in scope || key.startsWith("_")) continue;
    scope[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  scope.window = dom.window;
  scope.document = dom.window.document;
  installed = dom;
  return dom;
}
