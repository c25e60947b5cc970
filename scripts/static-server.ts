/**
 * A minimal static file server for `dist/`, used by `npm run preview`, the browser test and the benchmark.
 * It behaves like a plain static host: clean URLs (`/bevoelkerung` → `bevoelkerung.html`), correct MIME
 * types (DuckDB needs `application/wasm`), 404 for anything else. It listens on 127.0.0.1 only.
 */
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Extra routes (for test pages that are never shipped) map a path to a file. */
export async function serveDirectory(
  dir: string,
  {port = 0, extra = {}}: {port?: number; extra?: Record<string, string>} = {}
): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = extra[pathname] ?? locate(root, pathname);
    if (!file) {
      response.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => server.close(() => ok()))
  };
}

function locate(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return undefined;
  const candidates = pathname.endsWith("/")
    ? [join(path, "index.html")]
    : [path, `${path}.html`, join(path, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  const server = await serveDirectory(process.argv[2] ?? "dist", {port});
  console.log(`Serving dist/ at ${server.url}`);
}
