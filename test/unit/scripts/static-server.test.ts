import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {brotliCompressSync} from "node:zlib";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {IMMUTABLE, REVALIDATE, serveDirectory, type StaticServer} from "../../../scripts/static-server.js";

/**
 * A made-up site in a temp folder: `site/` is served, `site-secret/` is its sibling whose name starts with the
 * root's name (the case a `startsWith(root)` check without a separator lets through).
 */
let base: string;
let server: StaticServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: the path goes on the wire exactly as given (fetch would normalise `..` and `%2F`). */
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  const {hostname, port} = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({hostname, port, path, method, headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        ok({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("latin1")})
      );
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "static-server-"));
  const site = join(base, "site");
  mkdirSync(join(site, "_file/data"), {recursive: true});
  mkdirSync(join(site, "kreise"), {recursive: true});
  mkdirSync(join(base, "site-secret"));
  writeFileSync(join(base, "site-secret/secret.txt"), "do not serve");
  writeFileSync(join(base, "outside.txt"), "do not serve either");
  writeFileSync(join(site, "index.html"), "<!doctype html><title>Start</title>");
  writeFileSync(join(site, "bevoelkerung.html"), "<!doctype html><title>Bevölkerung</title>");
  writeFileSync(join(site, "kreise/index.html"), "<!doctype html><title>Kreise</title>");
  writeFileSync(join(site, "_file/data/population.0123abcd.parquet"), "PAR1");
  writeFileSync(join(site, "duckdb.wasm"), Buffer.from([0, 97, 115, 109]));
  const script = "export const x = 1;\n".repeat(200);
  writeFileSync(join(site, "app.js"), script);
  writeFileSync(join(site, "app.js.br"), brotliCompressSync(script));
  server = await serveDirectory(site, {headers: {"Content-Security-Policy": "default-src 'self'"}});
});

afterAll(async () => {
  await server?.close();
  rmSync(base, {recursive: true, force: true});
});

describe("serveDirectory", () => {
  it("answers a malformed URL with 400 and keeps serving afterwards", async () => {
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/%")).status).toBe(400);
    const after = await get("/bevoelkerung");
    expect(after.status).toBe(200);
    expect(after.body).toContain("<title>Bev");
  });

  it("never serves a file outside its root", async () => {
    for (const path of [
      "/..%2Fsite-secret/secret.txt",
      "/..%2fsite-secret%2fsecret.txt",
      "/../site-secret/secret.txt",
      "/%2E%2E/outside.txt",
      "/..%5Coutside.txt",
      "/../outside.txt"
    ]) {
      const reply = await get(path);
      expect(reply.status, path).not.toBe(200);
      expect(reply.body, path).not.toContain("do not serve");
    }
    expect((await get("/")).status).toBe(200);
  });

  it("serves clean URLs and folder indexes as HTML that must be revalidated", async () => {
    const page = await get("/bevoelkerung");
    expect(page.headers["content-type"]).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(page.headers["cache-control"]).toBe(REVALIDATE);
    expect(page.headers["etag"]).toBeTruthy();
    expect((await get("/kreise/")).body).toContain("<title>Kreise</title>");
    expect((await get("/nowhere")).status).toBe(404);
  });

  it("marks content-hashed assets immutable and gives Parquet and wasm their types", async () => {
    const parquet = await get("/_file/data/population.0123abcd.parquet");
    expect(parquet.status).toBe(200);
    expect(parquet.headers["cache-control"]).toBe(IMMUTABLE);
    expect(parquet.headers["content-type"]).toBe("application/vnd.apache.parquet");
    expect((await get("/duckdb.wasm")).headers["content-type"]).toBe("application/wasm");
  });

  it("sends the precompressed brotli file to a client that accepts it, the plain file otherwise", async () => {
    const br = await get("/app.js", {"Accept-Encoding": "gzip, br"});
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(br.headers["vary"]).toBe("Accept-Encoding");
    const plain = await get("/app.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.startsWith("export const x = 1;")).toBe(true);
  });

  it("answers a repeated request with a matching ETag with 304", async () => {
    const first = await get("/bevoelkerung");
    const again = await get("/bevoelkerung", {"If-None-Match": String(first.headers["etag"])});
    expect(again.status).toBe(304);
  });

  it("adds the configured headers to every response and refuses methods other than GET and HEAD", async () => {
    expect((await get("/")).headers["content-security-policy"]).toBe("default-src 'self'");
    expect((await get("/", {}, "POST")).status).toBe(405);
    const head = await get("/bevoelkerung", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });
});
