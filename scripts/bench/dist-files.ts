/**
 * What dist/ holds and what a static host would send for it: file sizes, the hashed names Framework gives files,
 * and gzip (level 9) and brotli (quality 11) sizes. Compressing DuckDB's 36 MB wasm with brotli 11 takes about a
 * minute, so compressed sizes are cached in .cache/bench/ by content hash.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, normalize, relative, sep} from "node:path";
import {promisify} from "node:util";
import {brotliCompress, constants, gzip} from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface DistFile {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  bytes: number;
}

/** Every file under a directory, largest first. */
export function listFiles(root: string, dir = root): DistFile[] {
  const files = readdirSync(dir, {withFileTypes: true}).flatMap((entry): DistFile[] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, path);
    return entry.isFile() ? [{path: relative(root, path).split("\\").join("/"), bytes: statSync(path).size}] : [];
  });
  return files.sort((a, b) => b.bytes - a.bytes);
}

/**
 * Finds a file Framework has renamed with a content hash, e.g. `_file/data/population.parquet` →
 * `_file/data/population.3a24b103.parquet`. Returns the path relative to dist/, or undefined.
 */
export function findHashed(dist: string, logical: string): string | undefined {
  const dir = dirname(logical);
  const name = logical.slice(dir.length + 1);
  const dot = name.lastIndexOf(".");
  const stem = name.slice(0, dot);
  const ext = name.slice(dot);
  if (!existsSync(join(dist, dir))) return undefined;
  const pattern = new RegExp(`^${escape(stem)}(\\.[0-9a-f]{8})?${escape(ext)}$`);
  const match = readdirSync(join(dist, dir)).find((file) => pattern.test(file));
  return match ? `${dir}/${match}` : undefined;
}

/** Finds a directory under dist/_node by package name, e.g. `@duckdb/duckdb-wasm` → `_node/@duckdb/duckdb-wasm@1.29.0`. */
export function findPackage(dist: string, name: string): string | undefined {
  const scope = name.includes("/") ? name.slice(0, name.indexOf("/")) : "";
  const base = scope ? name.slice(scope.length + 1) : name;
  const dir = join(dist, "_node", scope);
  if (!existsSync(dir)) return undefined;
  const match = readdirSync(dir).find((entry) => entry.startsWith(`${base}@`));
  return match ? ["_node", scope, match].filter(Boolean).join("/") : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The dist/ file a static host serves for a URL path (clean URLs as in scripts/static-server.ts). */
export function fileForPath(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(dist, decoded));
  if (path !== dist && !path.startsWith(dist + sep)) return undefined;
  const candidates = pathname.endsWith("/")
    ? [join(path, "index.html")]
    : [path, `${path}.html`, join(path, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface Compressed {
  raw: number;
  gzip: number;
  brotli: number;
}

/** gzip -9 and brotli -q 11 sizes of files, computed once per content and cached on disk. */
export class CompressedSizes {
  private cache: Record<string, Compressed>;
  private readonly cacheFile: string;

  constructor(cacheDir: string) {
    this.cacheFile = join(cacheDir, "compressed-sizes.json");
    this.cache = existsSync(this.cacheFile) ? JSON.parse(readFileSync(this.cacheFile, "utf-8")) : {};
  }

  /** Sizes of one file; compresses it if this content was never seen. */
  async of(file: string): Promise<Compressed> {
    const bytes = readFileSync(file);
    const key = createHash("sha256").update(bytes).digest("hex");
    const cached = this.cache[key];
    if (cached) return cached;
    const [gz, br] = await Promise.all([
      gzipAsync(bytes, {level: 9}),
      brotliAsync(bytes, {
        params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length}
      })
    ]);
    const sizes = {raw: bytes.length, gzip: gz.length, brotli: br.length};
    this.cache[key] = sizes;
    return sizes;
  }

  /** Sizes of many files, two at a time (the thread pool compresses in parallel). */
  async ofAll(files: readonly string[]): Promise<Map<string, Compressed>> {
    const result = new Map<string, Compressed>();
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) result.set(file, await this.of(file));
    };
    await Promise.all([worker(), worker()]);
    this.save();
    return result;
  }

  save(): void {
    mkdirSync(dirname(this.cacheFile), {recursive: true});
    writeFileSync(this.cacheFile, JSON.stringify(this.cache));
  }
}
