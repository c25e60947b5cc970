import {readdirSync, readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";

import {parse} from "yaml";

import {sourcePath} from "../../data-loaders/lib/paths.js";

/**
 * A local GENESIS REST 2020 server on 127.0.0.1 that answers with the real recorded responses in
 * ../shared/sources/genesis-api-2026/recorded-responses/*.yaml (pystatis cassettes of regionalstatistik.de,
 * 2026-03-10), keyed by endpoint, table name and language. Requests must carry the given credentials as headers
 * (API-FORMATS.md §1.2); anything not recorded is a 404.
 */
export async function genesisReplay(credentials: {username: string; password: string}) {
  const recorded = new Map<string, {status: number; contentType: string; body: Buffer}>();
  const dir = sourcePath("genesis-api-2026/recorded-responses");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    const doc = parse(readFileSync(join(dir, file), "utf8"), {version: "1.1"}) as {
      interactions: {
        request: {body: string; uri: string};
        response: {body: {string: string | Buffer}; headers: Record<string, string[]>; status: {code: number}};
      }[];
    };
    for (const {request, response} of doc.interactions) {
      const form = new URLSearchParams(request.body);
      const key = `${request.uri.replace(/^.*rest\/2020\//, "")}|${form.get("name")}|${form.get("language")}`;
      const body = response.body.string;
      recorded.set(key, {
        status: response.status.code,
        contentType: response.headers["Content-Type"]?.[0] ?? "",
        body: typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body)
      });
    }
  }
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    const key = `${(req.url ?? "").replace(/^\/rest\/2020\//, "")}|${form.get("name")}|${form.get("language")}`;
    const answer = recorded.get(key);
    const authorised = req.headers.username === credentials.username && req.headers.password === credentials.password;
    if (req.method !== "POST" || !authorised || !answer) {
      res.writeHead(req.method !== "POST" ? 405 : authorised ? 404 : 401);
      return res.end();
    }
    res.writeHead(answer.status, {"Content-Type": answer.contentType, "Content-Length": answer.body.length});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/rest/2020/`,
    recorded,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
