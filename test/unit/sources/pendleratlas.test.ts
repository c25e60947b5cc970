import {describe, expect, it} from "vitest";

import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {readPendleratlas} from "../../../data-loaders/sources/pendleratlas.js";
import {mutatedCopy, sourceError} from "../../helpers/source-errors.js";

const FILE = "ba-pendleratlas-2016/pendler.json";

describe("Pendleratlas June 2016 (real file)", () => {
  const kreise = readPendleratlas(sourcePath(FILE));

  it("covers 401 Kreise with ten origins and ten destinations each", () => {
    expect(kreise).toHaveLength(401);
    expect(kreise.every((k) => k.inflows.length === 10 && k.outflows.length === 10)).toBe(true);
  });

  it("gives the Burgenlandkreis 12,241 in- and 25,941 out-commuters, 70,709 SvB residents (PROVENANCE §12)", () => {
    const b = kreise.find((k) => k.code === "15084")!;
    expect([b.inTotal.total, b.outTotal.total, b.employeesResidence.total]).toEqual([12241, 25941, 70709]);
    expect(b.outflows.find((f) => f.destination === "15088")!.count).toEqual({total: 4794, women: 1868, men: 2926});
  });

  it("splits every count into women and men", () => {
    const counts = kreise.flatMap((k) => [k.inTotal, k.outTotal, ...k.inflows.map((f) => f.count)]);
    expect(counts.every((c) => c.total === c.women + c.men)).toBe(true);
  });
});

describe("Pendleratlas broken copies name file, line and field", () => {
  it("truncated file", () => {
    const path = mutatedCopy(FILE, (t) => t.slice(0, t.length - 1000));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("wrong encoding", () => {
    const path = mutatedCopy(FILE, (t) => Buffer.from(t.replace("Burgenlandkreis", "Burgenländkreis"), "latin1"));
    expect(() => readPendleratlas(path)).toThrow(/not valid UTF-8/);
  });

  it("renamed key einpendler", () => {
    const path = mutatedCopy(FILE, (t) => t.replace('"einpendler"', '"incoming"'));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.field).toBe("features[0].properties.einpendler");
  });

  it("unknown region code among the partners", () => {
    const path = mutatedCopy(FILE, (t) => t.replace('"einpendler": {"03361"', '"einpendler": {"99361"'));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.field).toBe("features[0].properties.einpendler.99361");
    expect(error.message).toMatch(/unknown region code "99361"/);
  });

  it("duplicate Kreis", () => {
    const path = mutatedCopy(FILE, (t) => t.replace('"ID": "03402"', '"ID": "03401"'));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.message).toMatch(/duplicate Kreis 03401/);
  });

  it("a number where a code belongs: ID 15084 without quotes", () => {
    const path = mutatedCopy(FILE, (t) => t.replace('"ID": "15084"', '"ID": 15084'));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.field).toMatch(/^features\[\d+\]\.properties\.ID$/);
    expect(error.message).toMatch(/5-digit Kreis code as a string, found 15084/);
  });

  it("text where a count belongs", () => {
    const path = mutatedCopy(FILE, (t) => t.replace('"anzahl": 12241', '"anzahl": "12241"'));
    const error = sourceError(() => readPendleratlas(path));
    expect(error.field).toMatch(/einpendler\.gesamt\.anzahl$/);
  });
});
