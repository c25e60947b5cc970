/**
 * The static file server for `dist/`, used by `npm run preview`, the browser test and the benchmark. Files are
 * served by sirv (the library behind Vite's preview): it indexes the folder at start-up and answers only paths
 * in that index, so `..` or an encoded `%2F` can never reach a file outside the root. Around it this module adds
 * what a production host does and sirv leaves to the caller:
 * - a malformed URL (`/%E0%A4%A`) gets 400 instead of a lookup of the raw string; the server keeps serving;
 * - only GET and HEAD;
 * - cache headers: Framework's content-hashed assets (`/_file/`, `/_npm/`, `/_node/`, `/_observablehq/`, `/_import/`)
 *   are immutable for a year, everything else (HTML, unhashed files) is `no-cache` (revalidated with the ETag);
 * - precompressed `.br`/`.gz` siblings are sent when they exist and the client accepts them (`Vary: Accept-Encoding`);
 *   nothing is compressed on the fly, so the benchmark's byte counts stay those of the files;
 * - the MIME types sirv's table lacks (`.parquet`, `.topojson`) and `application/wasm` for DuckDB;
 * - optional extra response headers (the browser test sends the site's Content-Security-Policy as a header).
 * It listens on 127.0.0.1 only.
 */
import {createReadStream, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, resolve} from "node:path";

import sirv from "sirv";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".csv": "text/csv; charset=utf-8",
  ".topojson": "application/json"
};

/** Path prefixes whose file names carry a content hash (Framework's build output). */
const HASHED = /^\/_(file|npm|node|observablehq|import)\//;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Extra routes (for test pages that are never shipped) map a path to a file. */
  extra?: Record<string, string>;
  /**
   * Headers added to every response (e.g. a Content-Security-Policy), or a function of the decoded request path
   * that returns them (the browser test sends each page's own policy).
   */
  headers?: Record<string, string> | ((pathname: string) => Record<string, string>);
}

/** The Cache-Control header for a request path. */
export function cacheControl(pathname: string): string {
  return HASHED.test(pathname) ? IMMUTABLE : REVALIDATE;
}

export async function serveDirectory(
  dir: string,
  {port = 0, extra = {}, headers = {}}: ServeOptions = {}
): Promise<StaticServer> {
  const root = resolve(dir);
  const files = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    setHeaders(response, pathname) {
      const type = TYPES[extname(pathname.replace(/\.(br|gz)$/, ""))];
      if (type) response.setHeader("Content-Type", type);
      response.setHeader("Cache-Control", cacheControl(pathname));
    }
  });
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const raw = (request.url ?? "/").split("?")[0]!;
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      return plain(response, 400, "bad request: malformed URL");
    }
    const extraHeaders = typeof headers === "function" ? headers(pathname) : headers;
    for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
    if (!raw.startsWith("/") || pathname.includes("\0")) return plain(response, 400, "bad request");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return plain(response, 405, "method not allowed");
    }
    const file = extra[pathname];
    if (file) return sendExtra(request, response, file);
    files(request, response, () => plain(response, 404, "not found"));
  };
  const server: Server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      // One broken request must never take the server down.
      console.error(`static-server: ${request.url}: ${String(error)}`);
      if (!response.headersSent) plain(response, 500, "internal error");
      else response.destroy();
    }
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      })
  };
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}).end(text);
}

function sendExtra(request: IncomingMessage, response: ServerResponse, file: string): void {
  response.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": statSync(file).size,
    "Cache-Control": "no-store"
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  const dir = process.argv[2] ?? "dist";
  const server = await serveDirectory(dir, {port});
  console.log(`Serving ${dir}/ at ${server.url}`);
}
