/**
 * Client for the GENESIS "REST 2020" web service (API-FORMATS.md §1), as run by regionalstatistik.de, GENESIS-Online
 * and the Zensus 2022 database. It downloads table files (`data/tablefile`, flat CSV in a ZIP) and table metadata.
 *
 * What the service requires and this client does:
 * - every call is a POST with a form-encoded body; credentials travel in the `username`/`password` headers (§1.2);
 * - HTTP 200 does not mean success: the JSON `Status.Code` decides (§1.5): 0 ok, 22 ok with adjusted parameters,
 *   50 no updated data, 90 table does not exist, 98 table too large → run as a job, 104 no matching object;
 *   authentication errors come as flat JSON (`{"Code":15,...}`) with HTTP 401/404 or even 200;
 * - large tables: `job=true`, poll `catalogue/results` until the job is listed, then `data/resultfile` (§1.4);
 * - at most 10 requests in flight (the service's concurrency limit); network errors, HTTP 429 and 5xx are retried
 *   with exponential back-off.
 *
 * Credentials never appear in what this module prints or throws: messages name the endpoint and the service's
 * status, and every message passes through `redact`, which masks the username and password wherever they occur.
 */
import {unzipSync} from "fflate";

/** regionalstatistik.de, lower-case `genesisws` (the upper-case path answers 404, API-FORMATS.md §1.1). */
export const REGIONALSTATISTIK_URL = "https://www.regionalstatistik.de/genesisws/rest/2020/";

/** The service allows about 10 parallel requests per user (helloworld/logincheck). */
export const MAX_PARALLEL = 10;

export interface GenesisCredentials {
  username: string;
  password: string;
}

/** Reads the credentials from GENESIS_USERNAME / GENESIS_PASSWORD; throws (without values) when unset. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): GenesisCredentials {
  const username = env.GENESIS_USERNAME ?? "";
  const password = env.GENESIS_PASSWORD ?? "";
  if (!username || !password) {
    throw new GenesisError(
      "GENESIS_USERNAME and GENESIS_PASSWORD must be set (free registration at regionalstatistik.de)",
      {}
    );
  }
  return {username, password};
}

/** An error of the web service or the transport; `code` is the GENESIS status code where the service sent one. */
export class GenesisError extends Error {
  readonly code: number | undefined;
  readonly httpStatus: number | undefined;
  readonly endpoint: string | undefined;
  readonly retryable: boolean;

  constructor(
    message: string,
    {
      code,
      httpStatus,
      endpoint,
      retryable = false
    }: {code?: number; httpStatus?: number; endpoint?: string; retryable?: boolean}
  ) {
    super(message);
    this.name = "GenesisError";
    this.code = code;
    this.httpStatus = httpStatus;
    this.endpoint = endpoint;
    this.retryable = retryable;
  }
}

export interface GenesisClientOptions {
  /** Base URL ending in `rest/2020/`; tests point it at 127.0.0.1. Default: regionalstatistik.de. */
  baseUrl?: string;
  /** Default: from the environment (GENESIS_USERNAME, GENESIS_PASSWORD). */
  credentials?: GenesisCredentials;
  /** Requests in flight at most; capped at 10. */
  maxParallel?: number;
  /** Retries after the first attempt for network errors, HTTP 429 and 5xx. */
  retries?: number;
  /** First back-off delay; doubles with each retry. */
  backoffMs?: number;
  /** Pause between polls of an async job, and how long to wait for it at most. */
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Progress messages (never credentials); default stderr. */
  log?: (message: string) => void;
}

/** The status block of a GENESIS JSON answer (enveloped `Status` or the flat auth-error form). */
export interface GenesisStatus {
  code: number;
  content: string;
  type: string;
}

/** A downloaded table file: the CSV inside the ZIP and the ZIP itself. */
export interface TableFile {
  kind: "file";
  table: string;
  /** File name inside the ZIP, e.g. `12411-01-01-4_1773175772751_de_flat.csv`. */
  fileName: string;
  content: Uint8Array;
  zip: Uint8Array;
  /** URL of the call that delivered the ZIP (no credentials: they are headers). */
  url: string;
  /** Set when the service adjusted parameters (status 22) or the table came from a job. */
  note: string | null;
}

/** Status 50: the service has no data newer than requested. */
export interface Unchanged {
  kind: "unchanged";
  table: string;
  url: string;
  note: string;
}

/** The request parameters this client sends: pystatis's defaults below, and a classifying variable or contents. */
export type TablefileParameters = Partial<
  Record<keyof typeof TABLEFILE_DEFAULTS | "classifyingvariable1" | "classifyingkey1" | "contents", string>
>;

/** The request body pystatis sends (API-FORMATS.md §1.4), in its order. */
const TABLEFILE_DEFAULTS = {
  area: "all",
  compress: "false",
  endyear: "",
  format: "ffcsv",
  language: "de",
  quality: "off",
  regionalkey: "",
  regionalvariable: "",
  stand: "",
  startyear: "",
  timeslices: ""
} satisfies Record<string, string>;

const STATUS_TEXT: Record<number, string> = {
  0: "erfolgreich",
  22: "erfolgreich mit Parameteranpassung",
  50: "keine aktualisierten Daten",
  90: "Tabelle nicht vorhanden",
  98: "Tabelle zu groß, nur als Job abrufbar",
  104: "kein passendes Objekt"
};

/** Masks every occurrence of the username and password in a text. */
export function redact(text: string, credentials: GenesisCredentials | undefined): string {
  let out = text;
  for (const secret of [credentials?.password, credentials?.username]) {
    if (secret && secret.length >= 1) out = out.split(secret).join("***");
    if (secret) out = out.split(encodeURIComponent(secret)).join("***");
  }
  return out;
}

/** Reads the status of a JSON answer: `{"Status": {"Code", "Content", "Type"}}` or the flat `{"Code", ...}`. */
export function parseStatus(json: unknown): GenesisStatus | null {
  if (typeof json !== "object" || json === null) return null;
  const record = json as Record<string, unknown>;
  const block = (typeof record.Status === "object" && record.Status !== null ? record.Status : record) as Record<
    string,
    unknown
  >;
  if (block.Code === undefined) return null;
  const code = Number(block.Code);
  if (!Number.isInteger(code)) return null;
  return {code, content: String(block.Content ?? ""), type: String(block.Type ?? "")};
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A counting semaphore: at most `limit` tasks run at once. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

interface RawAnswer {
  url: string;
  httpStatus: number;
  bytes: Uint8Array;
  contentType: string;
}

export class GenesisClient {
  readonly baseUrl: string;
  private readonly credentials: GenesisCredentials;
  private readonly limiter: Limiter;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly pollIntervalMs: number;
  private readonly pollTimeoutMs: number;
  private readonly timeoutMs: number;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (message: string) => void;
  /** The most requests that were in flight at once (for tests and diagnostics). */
  peakParallel = 0;
  private inFlight = 0;

  constructor(options: GenesisClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? REGIONALSTATISTIK_URL).replace(/\/?$/, "/");
    this.credentials = options.credentials ?? credentialsFromEnv();
    this.limiter = new Limiter(Math.max(1, Math.min(options.maxParallel ?? MAX_PARALLEL, MAX_PARALLEL)));
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
    this.pollTimeoutMs = options.pollTimeoutMs ?? 15 * 60_000;
    this.timeoutMs = options.timeoutMs ?? 10 * 60_000;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
    this.log = (message) => log(redact(message, this.credentials));
  }

  /** An error whose message has the credentials masked. */
  private error(message: string, details: ConstructorParameters<typeof GenesisError>[1]): GenesisError {
    return new GenesisError(redact(message, this.credentials), details);
  }

  /** One POST with retries for transport errors, 429 and 5xx; the answer is returned whatever its status. */
  private async post(endpoint: string, parameters: Record<string, string>): Promise<RawAnswer> {
    const url = new URL(endpoint, this.baseUrl).toString();
    const body = new URLSearchParams(parameters).toString();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.limiter.run(async () => {
          this.inFlight++;
          this.peakParallel = Math.max(this.peakParallel, this.inFlight);
          try {
            const response = await this.fetch(url, {
              method: "POST",
              headers: {
                "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                "Content-Length": String(Buffer.byteLength(body)),
                username: this.credentials.username,
                password: this.credentials.password
              },
              body,
              signal: AbortSignal.timeout(this.timeoutMs)
            });
            const bytes = new Uint8Array(await response.arrayBuffer());
            if (response.status === 429 || response.status >= 500) {
              throw this.error(`${endpoint}: HTTP ${response.status}`, {
                httpStatus: response.status,
                endpoint,
                retryable: true
              });
            }
            return {url, httpStatus: response.status, bytes, contentType: response.headers.get("content-type") ?? ""};
          } catch (error) {
            if (error instanceof GenesisError) throw error;
            // fetch failed (connection refused, reset, timeout): retryable; only the cause's name and message are
            // kept, never the request.
            const cause = error as Error & {cause?: Error};
            const reason = cause.cause?.message ?? cause.message;
            throw this.error(`${endpoint}: request failed (${reason})`, {endpoint, retryable: true});
          } finally {
            this.inFlight--;
          }
        });
      } catch (error) {
        const genesisError = error as GenesisError;
        if (!genesisError.retryable || attempt >= this.retries) throw genesisError;
        const delay = this.backoffMs * 2 ** attempt;
        this.log(`${genesisError.message}; retry ${attempt + 1}/${this.retries} in ${delay} ms`);
        await this.sleep(delay);
      }
    }
  }

  /** Parses a JSON answer and throws for HTTP errors and error statuses other than those `accept`ed. */
  private statusOf(answer: RawAnswer, endpoint: string, table: string): {status: GenesisStatus; json: unknown} {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(answer.bytes).replace(/^\uFEFF/, ""));
    } catch {
      throw this.error(
        `${endpoint} ${table}: HTTP ${answer.httpStatus}, neither a ZIP nor JSON (${answer.contentType})`,
        {
          httpStatus: answer.httpStatus,
          endpoint
        }
      );
    }
    const status = parseStatus(json);
    if (!status) {
      throw this.error(`${endpoint} ${table}: HTTP ${answer.httpStatus}, JSON without a status`, {
        httpStatus: answer.httpStatus,
        endpoint
      });
    }
    // Authentication failures (flat JSON, code 15 without credentials, 2 wrong credentials) and HTTP 4xx.
    if (answer.httpStatus === 401 || status.code === 15 || status.code === 2 || answer.httpStatus >= 400) {
      const what =
        answer.httpStatus === 401 || status.code === 15 || status.code === 2 ? "authentication failed" : "error";
      throw this.error(
        `${endpoint} ${table}: ${what}: status ${status.code} "${status.content}" (HTTP ${answer.httpStatus})`,
        {code: status.code, httpStatus: answer.httpStatus, endpoint}
      );
    }
    return {status, json};
  }

  private unzip(answer: RawAnswer, table: string, note: string | null): TableFile {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(answer.bytes);
    } catch (error) {
      throw this.error(
        `${table}: the answer is not a valid zip file (${(error as Error).message || String(error)})`,
        {}
      );
    }
    const names = Object.keys(files).filter((name) => !name.endsWith("/"));
    if (names.length !== 1) throw this.error(`${table}: expected one file in the ZIP, found ${names.length}`, {});
    return {
      kind: "file",
      table,
      fileName: names[0]!,
      content: files[names[0]!]!,
      zip: answer.bytes,
      url: answer.url,
      note
    };
  }

  /**
   * Downloads a table file (default: flat CSV of the latest time slice, see API-FORMATS.md §1.4). Tables too large
   * for a synchronous answer (status 98) are run as a job and fetched when ready.
   */
  async tablefile(table: string, parameters: TablefileParameters = {}): Promise<TableFile | Unchanged> {
    const body = {...TABLEFILE_DEFAULTS, name: table, ...parameters, job: "false"};
    const answer = await this.post("data/tablefile", body);
    if (answer.httpStatus === 200 && isZip(answer.bytes)) return this.unzip(answer, table, null);
    const {status} = this.statusOf(answer, "data/tablefile", table);
    switch (status.code) {
      case 98:
        return this.viaJob(table, body);
      case 50:
        return {kind: "unchanged", table, url: answer.url, note: `${STATUS_TEXT[50]}: ${status.content}`};
      default:
        throw this.error(
          `data/tablefile ${table}: status ${status.code} (${STATUS_TEXT[status.code] ?? status.type}): ${status.content}`,
          {code: status.code, httpStatus: answer.httpStatus, endpoint: "data/tablefile"}
        );
    }
  }

  /** Status 98: start the table as a job, poll catalogue/results until it is listed, fetch data/resultfile. */
  private async viaJob(table: string, body: Record<string, string>): Promise<TableFile> {
    const started = await this.post("data/tablefile", {...body, job: "true"});
    const {status} = this.statusOf(started, "data/tablefile", table);
    if (status.code !== 0 && status.code !== 99 && status.code !== 22) {
      throw this.error(`data/tablefile ${table} (job): status ${status.code}: ${status.content}`, {
        code: status.code,
        endpoint: "data/tablefile"
      });
    }
    // The job name is the table code with a numeric suffix, inside the status text (pystatis http_helper.py).
    const escaped = table.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
    const jobId = new RegExp(`${escaped}_\\d+`).exec(status.content)?.[0];
    if (!jobId) throw this.error(`data/tablefile ${table}: no job id in "${status.content}"`, {code: status.code});
    this.log(`${table}: too large for a direct download, running job ${jobId}`);
    const deadline = Date.now() + this.pollTimeoutMs;
    for (;;) {
      const poll = await this.post("catalogue/results", {
        selection: jobId,
        area: "user",
        pagelength: "1",
        language: body.language ?? "de"
      });
      const {json} = this.statusOf(poll, "catalogue/results", table);
      const list = (json as {List?: {Code?: string; State?: string}[] | null}).List ?? [];
      const entry = list.find((item) => item.Code === jobId);
      if (entry && (!entry.State || /fertig|finished|ready/i.test(entry.State))) break;
      if (Date.now() > deadline)
        throw this.error(`${table}: job ${jobId} not ready after ${this.pollTimeoutMs} ms`, {});
      await this.sleep(this.pollIntervalMs);
    }
    const result = await this.post("data/resultfile", {
      name: jobId,
      area: "user",
      format: body.format ?? "ffcsv",
      compress: body.compress ?? "false",
      language: body.language ?? "de"
    });
    if (result.httpStatus === 200 && isZip(result.bytes)) return this.unzip(result, table, `job ${jobId}`);
    const {status: resultStatus} = this.statusOf(result, "data/resultfile", table);
    throw this.error(`data/resultfile ${jobId}: status ${resultStatus.code}: ${resultStatus.content}`, {
      code: resultStatus.code,
      endpoint: "data/resultfile"
    });
  }

  /** The metadata JSON of a table (`metadata/table`), as text. */
  async metadataTable(table: string, language = "de"): Promise<{json: string; url: string}> {
    const answer = await this.post("metadata/table", {name: table, area: "all", language});
    const {status} = this.statusOf(answer, "metadata/table", table);
    if (status.code !== 0 && status.code !== 22) {
      throw this.error(`metadata/table ${table}: status ${status.code}: ${status.content}`, {
        code: status.code,
        endpoint: "metadata/table"
      });
    }
    return {json: new TextDecoder().decode(answer.bytes), url: answer.url};
  }
}
