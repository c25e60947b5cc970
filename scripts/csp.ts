/**
 * The site's Content-Security-Policy. Framework 1.13 puts each page's code into inline `<script type="module">`
 * elements, which a strict `script-src 'self'` blocks (issue 12: every page rendered 0 charts). Instead of
 * 'unsafe-inline', postbuild hashes each inline script and lists the hashes in a `<meta http-equiv>` policy on that
 * page. What the site needs beyond 'self', and why:
 * - `'wasm-unsafe-eval'`: DuckDB-WASM compiles its WebAssembly module (no JavaScript eval is allowed);
 * - `worker-src 'self' blob:`: DuckDB's worker script (self-hosted; blob: for browsers that wrap module workers);
 * - `img-src data: blob:`: exported PNGs and Plot's data-URL images; downloads are blob: links (navigation, not fetch);
 * - `style-src 'unsafe-inline'`: Plot and Inputs set `style` attributes and write `<style>` elements at run time.
 * The policy has no `frame-ancestors` (ignored in a meta tag; figures may be embedded elsewhere with `?embed=`).
 *
 * A server can send the same policy as a header. The hashes differ per page, so `headerPolicy()` gives the
 * hash-free part: every directive except `default-src`/`script-src`, which the meta tag carries. Browsers enforce
 * both policies (a resource must pass each), so header + meta tag is at least as strict as the meta tag alone.
 */
import {createHash} from "node:crypto";

export const DIRECTIVES: readonly (readonly [string, string])[] = [
  ["default-src", "'self'"],
  ["script-src", "'self' {hashes} 'wasm-unsafe-eval'"],
  ["worker-src", "'self' blob:"],
  ["connect-src", "'self'"],
  ["img-src", "'self' data: blob:"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["font-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"]
];

/** Inline `<script>` elements (no `src`): their exact text, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1]!;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // JSON and other data blocks are not executed; CSP does not apply to them.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "module" && !/javascript|ecmascript/.test(type)) continue;
    scripts.push(match[2]!);
  }
  return scripts;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf-8").digest("base64")}'`;
}

/** The full policy for a page whose inline scripts are `scripts`. */
export function pagePolicy(scripts: readonly string[]): string {
  const hashes = [...new Set(scripts.map(sha256Source))].join(" ");
  return DIRECTIVES.map(([name, value]) => `${name} ${value.replace("{hashes}", hashes).replace(/\s+/g, " ")}`)
    .map((d) => d.trim())
    .join("; ");
}

/** The part of the policy that is the same on every page: what a server sends as a header. */
export function headerPolicy(): string {
  return DIRECTIVES.filter(([name]) => name !== "default-src" && name !== "script-src")
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/**
 * Adds (or replaces) the policy meta tag right after `<head>`, before any script. Markup that a policy cannot
 * cover by hashes (inline event handlers, `javascript:` URLs) is an error naming the page.
 */
export function withPolicy(html: string, page: string): string {
  const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(html) ?? /\s(?:href|src)\s*=\s*["']?\s*javascript:/i.exec(html);
  if (handler) throw new Error(`${page}: inline event handler or javascript: URL, not allowed by the CSP`);
  const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScripts(stripped))}">`;
  // After the charset declaration (which must come first), before any script or stylesheet.
  const anchor = /<meta charset="[^"]*">/i.test(stripped) ? /<meta charset="[^"]*">/i : /<head>/i;
  if (!anchor.test(stripped)) throw new Error(`${page}: no <head> to put the Content-Security-Policy in`);
  return stripped.replace(anchor, (head) => `${head}\n${meta}`);
}

/** The policy of a built page, read back from its meta tag (for the browser test's header). */
export function policyOf(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html)?.[1];
}
