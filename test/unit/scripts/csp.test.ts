import {createHash} from "node:crypto";

import {describe, expect, it} from "vitest";

import {headerPolicy, inlineScripts, policyOf, withPolicy} from "../../../scripts/csp.js";

// A made-up page in the shape Framework 1.13 writes: a classic inline script, an inline module, an external one.
const page = `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<script type="module" src="./_observablehq/client.js"></script>
<script type="application/json" id="data">{"a": 1}</script>
</head>
<body><script>{const e = 1;}</script>
<script type="module">import {define} from "./_observablehq/client.js";
define({id: "x"});</script></body></html>`;

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("withPolicy", () => {
  it("lists the sha256 of exactly the inline scripts that run, and puts the policy right after the charset", () => {
    expect(inlineScripts(page)).toEqual([
      "{const e = 1;}",
      'import {define} from "./_observablehq/client.js";\ndefine({id: "x"});'
    ]);
    const html = withPolicy(page, "test.html");
    const policy = policyOf(html)!;
    expect(policy).toContain(
      `script-src 'self' ${hash("{const e = 1;}")} ${hash('import {define} from "./_observablehq/client.js";\ndefine({id: "x"});')} 'wasm-unsafe-eval'`
    );
    expect(policy).not.toContain("unsafe-inline'; object-src");
    expect(policy).toContain("object-src 'none'");
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf("Content-Security-Policy"));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("replaces its own earlier policy instead of adding a second one", () => {
    const twice = withPolicy(withPolicy(page, "test.html"), "test.html");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it("refuses a page with an inline event handler, which no hash can allow", () => {
    expect(() => withPolicy(page.replace("<body>", '<body onload="go()">'), "dist/x.html")).toThrow(
      /dist\/x\.html: inline event handler/
    );
  });

  it("gives servers the hash-free directives only, so that the header never blocks a page's own scripts", () => {
    expect(headerPolicy()).not.toMatch(/script-src|default-src/);
    expect(headerPolicy()).toContain("object-src 'none'");
  });
});
