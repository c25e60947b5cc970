/**
 * The GENESIS client against a local HTTP server on 127.0.0.1 that replays real recorded responses:
 * - ../shared/sources/genesis-api-2026/recorded-responses/*.yaml (pystatis cassettes, regionalstatistik.de and the
 *   Zensus 2022 database, 2026-03-10; base64 ZIP bodies and metadata JSON);
 * - ../shared/sources/api-formats/genesis-recorded/ (restatis: a GENESIS-Online tablefile ZIP as an R byte dump).
 * The error, job and retry answers (codes 2, 15, 50, 90, 98/99, 104; catalogue/results; HTTP 503) are MADE UP from
 * the documented formats in API-FORMATS.md §1.2, §1.4 and §1.5 — no real recording of them exists in the mirror.
 */
import {createHash} from "node:crypto";
import {mkdtempSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from "vitest";
import {parse} from "yaml";

import {GenesisClient, GenesisError, credentialsFromEnv, redact} from "../../data-loaders/live/genesis-client.js";
import {updateSources} from "../../data-loaders/live/update-sources.js";
import {sourcePath} from "../../data-loaders/lib/paths.js";

const USERNAME = "revier-test-user";
const PASSWORD = "s3cret-Pässwort&=";
const credentials = {username: USERNAME, password: PASSWORD};

interface Recorded {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Real answers by `endpoint|name|language`. */
const recorded = new Map<string, Recorded>();

function loadCassettes(): void {
  const dir = sourcePath("genesis-api-2026/recorded-responses");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    // YAML 1.1 for the !!binary tag of the ZIP bodies.
    const doc = parse(readFileSync(join(dir, file), "utf8"), {version: "1.1"}) as {
      interactions: {
        request: {body: string; uri: string};
        response: {body: {string: string | Buffer}; headers: Record<string, string[]>; status: {code: number}};
      }[];
    };
    for (const {request, response} of doc.interactions) {
      const endpoint = request.uri.replace(/^.*rest\/2020\//, "");
      const form = new URLSearchParams(request.body);
      const body =
        typeof response.body.string === "string"
          ? Buffer.from(response.body.string, "utf8")
          : Buffer.from(response.body.string);
      recorded.set(`${endpoint}|${form.get("name")}|${form.get("language")}`, {
        status: response.status.code,
        contentType: response.headers["Content-Type"]?.[0] ?? "",
        body
      });
    }
  }
  // restatis recorded a GENESIS-Online tablefile (61111-0001, en) as an R structure() dump of the raw bytes.
  const r = readFileSync(
    sourcePath("api-formats/genesis-recorded/table1__api__data__tablefile-86e7c4-23a648-POST.R"),
    "utf8"
  );
  const raw = /body = as\.raw\(c\(([^)]*)\)\)/.exec(r)![1]!;
  const bytes = Buffer.from(raw.split(",").map((hex) => parseInt(hex.trim(), 16)));
  recorded.set("data/tablefile|61111-0001|en", {status: 200, contentType: "application/zip", body: bytes});
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
/** Made up after API-FORMATS.md §1.5: the enveloped status of an answer without data. */
const status = (code: number, content: string, type = "Fehler") =>
  json({Ident: {Service: "data", Method: "tablefile"}, Status: {Code: code, Content: content, Type: type}});

let server: Server;
let baseUrl: string;
let active = 0;
let peak = 0;
let delayMs = 0;
const attempts = new Map<string, number>();
let polls = 0;
const JOB = "BIG-01-01-4_998877665";

function reply(res: ServerResponse, code: number, body: Buffer, contentType = "application/json;charset=UTF-8") {
  res.writeHead(code, {"Content-Type": contentType, "Content-Length": body.length});
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
  const endpoint = (req.url ?? "").replace(/^\/rest\/2020\//, "");
  const name = form.get("name") ?? form.get("selection") ?? "";
  attempts.set(`${endpoint}|${name}`, (attempts.get(`${endpoint}|${name}`) ?? 0) + 1);
  // §1.2: POST only (GET answers 405), form-encoded, Content-Length set, credentials in headers.
  if (req.method !== "POST") return reply(res, 405, Buffer.from(""));
  if (!String(req.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) {
    return reply(res, 415, Buffer.from(""));
  }
  if (!req.headers["content-length"]) return reply(res, 411, Buffer.from(""));
  if (!req.headers.username) {
    return reply(res, 401, json({Code: 15, Content: "Es wurden keine Zugangsdaten übergeben.", Type: "ERROR"}));
  }
  if (req.headers.username !== USERNAME || req.headers.password !== PASSWORD) {
    return reply(res, 404, json({Code: 2, Content: "Zugangsdaten sind falsch.", Type: "ERROR"}));
  }
  active++;
  peak = Math.max(peak, active);
  try {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (endpoint === "data/tablefile" && name === "BIG-01-01-4") {
      return form.get("job") === "true"
        ? reply(
            res,
            200,
            status(
              99,
              `Der Bearbeitungsauftrag wurde erstellt. Die Tabelle kann in Kürze als Ergebnis mit folgendem Namen abgerufen werden: ${JOB}`,
              "Information"
            )
          )
        : reply(
            res,
            200,
            status(98, "Die Tabelle ist zu groß. Bitte als Hintergrundauftrag (job=true) abrufen.", "Warnung")
          );
    }
    if (endpoint === "catalogue/results") {
      polls++;
      const list = polls >= 2 ? [{Code: JOB, Content: "BIG", State: "Fertig", Date: "10.03.2026"}] : null;
      return reply(res, 200, json({Status: {Code: 0, Content: "erfolgreich", Type: "Information"}, List: list}));
    }
    if (endpoint === "data/resultfile" && name === JOB) {
      const real = recorded.get("data/tablefile|12411-01-01-4|de")!;
      return reply(res, 200, real.body, real.contentType);
    }
    if (name === "MISSING-01-01-4") return reply(res, 200, status(90, "Tabelle nicht vorhanden"));
    if (name === "NOMATCH-01-01-4") return reply(res, 200, status(104, "Kein passendes Objekt zur Suche vorhanden"));
    if (name === "UNCHANGED-01-01-4")
      return reply(res, 200, status(50, "Keine aktualisierten Daten vorhanden", "Information"));
    if (name === "ECHO-01-01-4") {
      // A hostile answer that echoes the credentials back: they must not reach the error message.
      return reply(res, 200, status(104, `Benutzer ${USERNAME} mit Passwort ${PASSWORD} hat kein passendes Objekt`));
    }
    if (name === "FLAKY-01-01-4" && endpoint === "data/tablefile" && attempts.get(`${endpoint}|${name}`)! <= 2)
      return reply(res, 503, Buffer.from("busy"));
    if (name === "FLAKY-01-01-4") {
      const real = recorded.get(`${endpoint}|11111-02-01-4|de`)!;
      return reply(res, 200, real.body, real.contentType);
    }
    if (name === "DOWN-01-01-4") return reply(res, 503, Buffer.from("down"));
    const real = recorded.get(`${endpoint}|${name}|${form.get("language")}`);
    if (!real) return reply(res, 200, status(90, `Tabelle ${name} nicht vorhanden`));
    return reply(res, real.status, real.body, real.contentType);
  } finally {
    active--;
  }
}

const logs: string[] = [];
const delays: number[] = [];
function client(options: ConstructorParameters<typeof GenesisClient>[0] = {}): GenesisClient {
  return new GenesisClient({
    baseUrl,
    credentials,
    backoffMs: 10,
    pollIntervalMs: 1,
    sleep: async (ms) => {
      delays.push(ms);
    },
    log: (message) => logs.push(message),
    ...options
  });
}

beforeAll(async () => {
  loadCassettes();
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/2020/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  delays.length = 0;
  logs.length = 0;
  attempts.clear();
  polls = 0;
  delayMs = 0;
});

describe("GenesisClient on recorded answers", () => {
  it("downloads 12411-01-01-4 as the byte-identical flat CSV the mirror decoded (Burgenlandkreis 173,684)", async () => {
    const file = await client().tablefile("12411-01-01-4");
    if (file.kind !== "file") throw new Error("expected a file");
    expect(file.fileName).toBe("12411-01-01-4_1773175772751_de_flat.csv");
    const mirror = readFileSync(
      sourcePath("genesis-api-2026/tablefiles/12411-01-01-4/00_12411-01-01-4_1773175772751_de_flat.csv")
    );
    expect(Buffer.from(file.content).equals(mirror)).toBe(true);
    expect(Buffer.from(file.content).toString("utf8")).toContain(
      ";15084;Burgenlandkreis;GES;Geschlecht;;Insgesamt;173684;"
    );
    expect(file.url).toBe(`${baseUrl}data/tablefile`);
  });

  it("reads the GENESIS-Online ZIP recorded by restatis (61111-0001, English)", async () => {
    const file = await client().tablefile("61111-0001", {language: "en"});
    if (file.kind !== "file") throw new Error("expected a file");
    expect(file.fileName).toBe("61111-0001_1771439236084_en_flat.csv");
    expect(Buffer.from(file.content).toString("utf8")).toMatch(/^\uFEFF?statistics_code;/);
  });

  it("fetches metadata/table JSON with its copyright line", async () => {
    const {json} = await client().metadataTable("12411-01-01-4");
    const parsed = JSON.parse(json) as {Object: {Time: {From: string; To: string}}; Copyright: string};
    expect(parsed.Object.Time).toEqual({From: "31.12.1995", To: "31.12.2024"});
    expect(parsed.Copyright).toContain("Datenlizenz Deutschland");
  });

  it("keeps at most 10 requests in flight when 27 are asked for at once", async () => {
    delayMs = 30;
    const c = client();
    const tables = [
      "12411-01-01-4",
      "11111-02-01-4",
      "13111-01-03-4",
      "73111-01-01-4",
      "52411-02-01-4",
      "61511-01-03-4",
      "32121-01-02-4",
      "AI-N-01-2-5",
      "12211-Z-11"
    ];
    peak = 0;
    await Promise.all([...tables, ...tables, ...tables].map((t) => c.tablefile(t)));
    expect(peak).toBeLessThanOrEqual(10);
    expect(peak).toBeGreaterThanOrEqual(5);
    expect(c.peakParallel).toBeLessThanOrEqual(10);
  });
});

describe("GenesisClient status codes and jobs (made-up answers in the documented format)", () => {
  it("runs a table that is too large (98) as a job: job=true, polls catalogue/results, fetches data/resultfile", async () => {
    const file = await client().tablefile("BIG-01-01-4");
    if (file.kind !== "file") throw new Error("expected a file");
    expect(file.note).toBe(`job ${JOB}`);
    expect(polls).toBe(2);
    expect(file.fileName).toBe("12411-01-01-4_1773175772751_de_flat.csv");
  });

  it.each([
    ["MISSING-01-01-4", 90, /status 90 \(Tabelle nicht vorhanden\)/],
    ["NOMATCH-01-01-4", 104, /status 104 \(kein passendes Objekt\)/]
  ])("reports %s with status %i although HTTP is 200", async (table, code, message) => {
    const error = await client()
      .tablefile(table)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesisError);
    expect((error as GenesisError).code).toBe(code);
    expect((error as GenesisError).message).toMatch(message);
  });

  it("returns 'unchanged' for status 50 (no updated data)", async () => {
    const result = await client().tablefile("UNCHANGED-01-01-4");
    expect(result).toMatchObject({kind: "unchanged", table: "UNCHANGED-01-01-4"});
  });

  it("retries HTTP 503 with exponential back-off, then succeeds", async () => {
    const file = await client().tablefile("FLAKY-01-01-4");
    expect(file.kind).toBe("file");
    expect(attempts.get("data/tablefile|FLAKY-01-01-4")).toBe(3);
    expect(delays).toEqual([10, 20]);
  });

  it("gives up after the configured retries", async () => {
    await expect(client({retries: 2}).tablefile("DOWN-01-01-4")).rejects.toThrow(/HTTP 503/);
    expect(attempts.get("data/tablefile|DOWN-01-01-4")).toBe(3);
  });

  it("reports wrong credentials (flat JSON, code 2, HTTP 404) as an authentication failure without retrying", async () => {
    const c = client({credentials: {username: USERNAME, password: "wrong-password-123"}});
    const error = (await c.tablefile("12411-01-01-4").catch((e: unknown) => e)) as GenesisError;
    expect(error.message).toMatch(/authentication failed: status 2/);
    expect(error.message).not.toContain("wrong-password-123");
    expect(attempts.get("data/tablefile|12411-01-01-4")).toBe(1);
  });

  it("reports a closed port as a request failure after retries", async () => {
    const c = client({baseUrl: "http://127.0.0.1:9/rest/2020/", retries: 1});
    await expect(c.tablefile("12411-01-01-4")).rejects.toThrow(/data\/tablefile: request failed/);
  });
});

describe("credentials", () => {
  it("never appear in an error message, even when the service echoes them", async () => {
    const error = (await client()
      .tablefile("ECHO-01-01-4")
      .catch((e: unknown) => e)) as GenesisError;
    expect(error.message).toMatch(/status 104/);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain(USERNAME);
    expect(String(error.stack)).not.toContain(PASSWORD);
  });

  it("never reach stdout, stderr or the log during an update, and are not in the manifest", async () => {
    const out: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
    const dir = mkdtempSync(join(tmpdir(), "sources-live-"));
    try {
      await updateSources(
        client(),
        dir,
        [{table: "12411-01-01-4"}, {table: "FLAKY-01-01-4"}],
        () => new Date("2026-03-10T20:49:32Z")
      );
      const manifest = readFileSync(join(dir, "manifest.json"), "utf8");
      expect(logs).toContain("data/tablefile: HTTP 503; retry 1/3 in 10 ms");
      for (const text of [...out, ...logs, manifest]) {
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(USERNAME);
      }
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it("are required from GENESIS_USERNAME / GENESIS_PASSWORD, and the error names the variables, not values", () => {
    expect(() => credentialsFromEnv({GENESIS_USERNAME: USERNAME})).toThrow(/GENESIS_USERNAME and GENESIS_PASSWORD/);
    expect(credentialsFromEnv({GENESIS_USERNAME: "u", GENESIS_PASSWORD: "p"})).toEqual({username: "u", password: "p"});
  });

  it("are masked by redact, also URL-encoded", () => {
    expect(redact(`a ${PASSWORD} b ${encodeURIComponent(PASSWORD)}`, credentials)).toBe("a *** b ***");
  });
});

describe("updateSources", () => {
  it("writes the table file and metadata with a manifest of URL, retrieval time and sha256", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sources-live-"));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await updateSources(client(), dir, [{table: "12411-01-01-4"}], () => new Date("2026-03-10T20:49:32Z"));
      const {files} = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
        files: {path: string; url: string; retrieved: string; sha256: string; bytes: number}[];
      };
      expect(files.map((f) => f.path)).toEqual([
        "genesis/12411-01-01-4/12411-01-01-4_1773175772751_de_flat.csv",
        "genesis/12411-01-01-4/table.json"
      ]);
      const csv = files[0]!;
      const bytes = readFileSync(join(dir, csv.path));
      expect(csv.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(csv.bytes).toBe(bytes.length);
      expect(csv.url).toBe(`${baseUrl}data/tablefile`);
      expect(csv.retrieved).toBe("2026-03-10T20:49:32.000Z");
    } finally {
      stderr.mockRestore();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
