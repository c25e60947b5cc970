import type {Lang} from "./types.js";

/**
 * The language of a site path: English for `/en` and everything below it, German otherwise. Works with a base path
 * in front (`/revier-monitor/en/…`), since no German route has a segment called `en`.
 */
export function langOfPath(pathname: string): Lang {
  return /(^|\/)en(\/|$)/.test(pathname) ? "en" : "de";
}

/**
 * The language of the page in the browser: `<html lang>` (set by scripts/postbuild.ts: "en" for dist/en/**, "de"
 * elsewhere), else the path (`observable preview` writes no lang attribute), else German (Node, unit tests).
 */
export function pageLang(): Lang {
  if (typeof document === "undefined") return "de";
  const attribute = document.documentElement.lang;
  if (attribute === "en" || attribute === "de") return attribute;
  return typeof location === "undefined" ? "de" : langOfPath(location.pathname);
}

/**
 * A Framework page path (`/index`, `/bevoelkerung`, `/en/kreise/15084`, `/kreise/index`) as the route in `lang`:
 * `/en/`, `/en/bevoelkerung`, `/kreise/15084`, `/en/kreise/`. Used for the language switch and the navigation.
 */
export function routeIn(path: string, lang: Lang): string {
  let route = path.replace(/(^|\/)index$/, "$1");
  if (!route.startsWith("/")) route = `/${route}`;
  if (langOfPath(route) === "en") route = route.replace(/^\/en(\/|$)/, "/");
  return lang === "en" ? `/en${route}` : route;
}

/** CSS class of the language-switch link that the config's `header` writes on every page. */
export const LANGUAGE_SWITCH_CLASS = "rm-lang-switch";

/**
 * The language switch keeps the page state: when it is followed, the current query string and hash are appended
 * to its target, so `/vergleich?r=15084#lines` becomes `/en/vergleich?r=15084#lines`. Installed once, on the
 * document, when a page imports this module (every page does, through pageLang or src/shared/locale.ts).
 */
function installLanguageSwitch(): void {
  if (typeof document === "undefined" || typeof location === "undefined") return;
  const flag = "rmLangSwitch";
  if (document.documentElement.dataset[flag]) return;
  document.documentElement.dataset[flag] = "1";
  const update = (link: HTMLAnchorElement) => {
    const target = new URL(link.href, location.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  for (const type of ["click", "auxclick", "contextmenu", "focusin", "pointerover"]) {
    document.addEventListener(
      type,
      (event) => {
        const link = (event.target as Element | null)?.closest?.(`a.${LANGUAGE_SWITCH_CLASS}`);
        if (link) update(link as HTMLAnchorElement);
      },
      {capture: true}
    );
  }
}

installLanguageSwitch();

/**
 * On a phone (or any window too narrow for the sidebar to stay open) Framework keeps the menu's open state in
 * sessionStorage, so the menu stayed open over every page reached through it. Following a link in the menu closes it
 * and forgets that state; wide windows keep Framework's behaviour.
 */
function installMenuClose(): void {
  if (typeof document === "undefined" || typeof matchMedia === "undefined") return;
  const flag = "rmMenuClose";
  if (document.documentElement.dataset[flag]) return;
  document.documentElement.dataset[flag] = "1";
  // Framework's breakpoint (dist/client/sidebar.js): from this width the sidebar stays open beside the page.
  const wide = () => matchMedia("(min-width: calc(640px + 6rem + 272px))").matches;
  document.addEventListener(
    "click",
    (event) => {
      if (wide() || !(event.target as Element | null)?.closest?.("#observablehq-sidebar a[href]")) return;
      const toggle = document.getElementById("observablehq-sidebar-toggle") as HTMLInputElement | null;
      if (toggle) {
        toggle.checked = false;
        toggle.indeterminate = true;
      }
      sessionStorage.removeItem("observablehq-sidebar");
    },
    {capture: true}
  );
}

installMenuClose();
