/**
 * One test per class of malformed input from issue 12, on mutated copies of the real mirror files in temp dirs,
 * calling the readers directly (the build-level runs are in test/integration/malformed-build.test.ts). Each asserts
 * that the reader throws and that the message names file, line or row, field and the rule that was broken.
 * `MALFORMED` counts the inputs tried; the last test checks that each one failed loudly (none silently wrong).
 */
import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";

import {DuckDBInstance} from "@duckdb/node-api";
import * as XLSX from "@e965/xlsx";
import {afterAll, describe, expect, it} from "vitest";

import {buildPopulation} from "../../../data-loaders/datasets/population.js";
import {
  readGenesisPopulation,
  readKreisPopulation,
  readPopulationExport
} from "../../../data-loaders/datasets/population-sources.js";
import {genesisLaenderUnemployment} from "../../../data-loaders/datasets/labour-market.js";
import type {BuildContext} from "../../../data-loaders/dataset.js";
import {checkParquet, checkXlsx, checkZip} from "../../../data-loaders/lib/containers.js";
import {SourceError} from "../../../data-loaders/lib/errors.js";
import {verifyManifest} from "../../../data-loaders/lib/manifest.js";
import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {readBaRegionCodes, readBaUnemployedSums} from "../../../data-loaders/sources/ba-kldb.js";
import {readBbsrWorkbook} from "../../../data-loaders/sources/bbsr-referenz.js";
import {readVg5000} from "../../../data-loaders/sources/bkg-vg5000.js";
import {readGvWorkbook} from "../../../data-loaders/sources/destatis-gv.js";
import {readGenesisFlatCsv} from "../../../data-loaders/sources/genesis-flat-csv.js";
import {readGerdaCountyTable} from "../../../data-loaders/sources/gerda.js";
import {readBnetzaUnits, readIwhPlants} from "../../../data-loaders/sources/kraftwerke.js";

/** Outcome per malformed input: "loud" = threw with file + row + field (+ rule where a rule was broken). */
const MALFORMED = new Map<string, "loud" | "vague" | "silent">();

function temp(prefix = "revier-malformed-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of a mirror file with the same name in a temp dir; `edit` gets the bytes. */
function copyOf(relative: string, edit: (bytes: Buffer) => Buffer | string, dir = temp()): string {
  const path = join(dir, basename(relative));
  writeFileSync(path, edit(readFileSync(sourcePath(relative))));
  return path;
}

/** Runs `read`, expects a SourceError whose message names the file, the place, the field and the rule. */
async function expectLoud(
  name: string,
  read: () => unknown,
  expected: {file: string; at?: RegExp; field?: string; rule?: RegExp; message?: RegExp}
): Promise<SourceError> {
  let error: unknown;
  try {
    await read();
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof SourceError)) {
    MALFORMED.set(name, error ? "vague" : "silent");
    throw new Error(`${name}: expected a SourceError, got ${error ? String(error) : "no error (silently accepted)"}`);
  }
  const {message} = error;
  expect(message).toContain(basename(expected.file));
  if (expected.at) expect(message).toMatch(expected.at);
  if (expected.field) expect(message).toContain(`field "${expected.field}"`);
  if (expected.rule) expect(message).toMatch(expected.rule);
  if (expected.message) expect(message).toMatch(expected.message);
  MALFORMED.set(name, "loud");
  return error;
}

const COVARIATES = "gerda/county_covariates.csv";
const GERDA_OPTIONS = {codeColumn: "county_code", columns: ["unemployment_rate", "share_secondary_sector"]};

describe("GERDA county covariates", () => {
  const text = readFileSync(sourcePath(COVARIATES), "utf8");
  const lines = text.split("\n");

  it("cut at a line boundary (43 Kreise lost): fails naming the missing Kreise, not a shorter table", async () => {
    // The file is sorted by Kreis, then year: the last 43 Kreise × 28 years are gone.
    const path = copyOf(COVARIATES, () => lines.slice(0, lines.length - 1 - 43 * 28).join("\n") + "\n");
    await expectLoud("covariates cut at a line boundary", () => readGerdaCountyTable(path, GERDA_OPTIONS), {
      file: path,
      at: /line 9997/,
      field: "county_code",
      rule: /rule: covers all 400 Kreise \(Gebietsstand 31\.12\.2021\) in each year 1995–2022/,
      message: /found 357 Kreise/
    });
    const known = new Set(
      lines
        .slice(1)
        .map((l) => l.slice(1, 6))
        .filter((c) => /^\d{5}$/.test(c))
    );
    await expectLoud(
      "covariates cut, against the regions list",
      () => readGerdaCountyTable(path, {...GERDA_OPTIONS, knownKreise: known}),
      {
        file: path,
        field: "county_code",
        message: /43 Kreise \(Gebietsstand 31\.12\.2021\) missing in 1995 \(\d{5}, /
      }
    );
  });

  it("a year in the future (2031 instead of 2021) fails on the source's span", async () => {
    const path = copyOf(COVARIATES, () => text.replace('"15084",2021', '"15084",2031'));
    await expectLoud("covariates year 2031", () => readGerdaCountyTable(path, GERDA_OPTIONS), {
      file: path,
      at: /line 10388/,
      field: "year",
      rule: /years within the source's span 1995–2022/,
      message: /found 2031/
    });
  });

  it("a rate above 100 % fails", async () => {
    const path = copyOf(COVARIATES, () => text.replace(/("15084",2015(,[^,]*){10}),10\.25,/, "$1,102.5,"));
    await expectLoud("covariates rate 102.5 %", () => readGerdaCountyTable(path, GERDA_OPTIONS), {
      file: path,
      at: /line 10382/,
      field: "unemployment_rate",
      rule: /rates \(%\) within 0–100/
    });
  });
});

describe("power plants", () => {
  it("the IWH plant CSV reduced to its header fails (all lignite plants would vanish)", async () => {
    const relative = "kraftwerke/iwh-stark/Kraftwerke.csv";
    const path = copyOf(relative, (bytes) => bytes.toString("utf8").split("\n")[0]! + "\n");
    await expectLoud("plant CSV header only", () => readIwhPlants(path), {
      file: path,
      at: /line 1/,
      field: "nr_KW",
      rule: /at least 5000 plants/,
      message: /found 0/
    });
  });

  it("the IWH list without the Mitteldeutsches Revier label fails", async () => {
    const relative = "kraftwerke/iwh-stark/Kraftwerke.csv";
    const path = copyOf(relative, (bytes) =>
      bytes.toString("utf8").replaceAll("Mitteldeutsches Braunkohlerevier", "NA")
    );
    await expectLoud("plant CSV without Revier labels", () => readIwhPlants(path), {
      file: path,
      field: "Revier",
      rule: /at least 3 lignite plants in the Mitteldeutsches Braunkohlerevier/
    });
  });

  it("a corrupt BNetzA xlsx is 'not a valid xlsx file' (the xlsx parser would read random bytes)", async () => {
    const path = copyOf("kraftwerke/bnetza/Kraftwerksliste.xlsx", (bytes) =>
      Buffer.from(bytes.map((_, i) => (i * 7919) % 251))
    );
    await expectLoud("corrupt BNetzA xlsx", () => readBnetzaUnits(path), {
      file: path,
      rule: /xlsx container/,
      message: /not a valid xlsx file: does not start with the zip signature/
    });
  });
});

describe("population tables", () => {
  it("a Kreis code without its leading zero (1001) in the Regionaldatenbank export fails, not ignored", async () => {
    const relative = "regionalstatistik-2017/12411-01-01-4_00.csv";
    const path = copyOf(relative, (bytes) =>
      Buffer.from(bytes.toString("latin1").replace("\n01001;", "\n1001;"), "latin1")
    );
    await expectLoud("RDB export code 1001", () => readPopulationExport(path, "rdb-test"), {
      file: path,
      at: /line 11/,
      field: "code",
      rule: /region codes have 2\/3\/5\/8 digits \(with leading zero\)/,
      message: /found "1001"/
    });
  });

  it("a negative count in the GENESIS flat CSV (31.12.2024) fails", async () => {
    const dir = temp();
    const source = sourcePath("genesis-api-2026/tablefiles/12411-01-01-4");
    for (const file of ["01_table.json"]) copyFileSync(join(source, file), join(dir, file));
    const csv = "00_12411-01-01-4_1773175772751_de_flat.csv";
    const path = copyOf(
      `genesis-api-2026/tablefiles/12411-01-01-4/${csv}`,
      (bytes) =>
        bytes
          .toString("utf8")
          .replace(
            ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;173684;",
            ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;-173684;"
          ),
      dir
    );
    // The folder must be named after the table (readGenesisTable checks the metadata code against it).
    const tableDir = join(temp(), "12411-01-01-4");
    symlinkSync(dir, tableDir);
    await expectLoud("GENESIS flat CSV negative count", () => readGenesisPopulation(undefined, tableDir), {
      file: path,
      at: /line \d+/,
      field: "value",
      rule: /counts are whole numbers ≥ 0/,
      message: /found -173684/
    });
  });

  it("a negative Gemeinde population in the GV workbook fails before it is summed into Kreis, Land and Germany", async () => {
    const workbook = XLSX.read(readFileSync(sourcePath("destatis-gv/31122023_Auszug_GV.xlsx")), {sheets: 1});
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[1]!]!, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true
    });
    const part = rows.slice(0, 300).map((r) => [...r]);
    const flensburg = part.findIndex((r) => r[0] === "60");
    part[flensburg]![9] = -Number(part[flensburg]![9]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Inhalt"]]), "Inhalt");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(part), "Onlineprodukt_Gemeinden31122023");
    const path = join(temp(), "31122023_Auszug_GV.xlsx");
    writeFileSync(path, XLSX.write(book, {type: "buffer", bookType: "xlsx"}) as Buffer);
    await expectLoud("GV Gemeinde negative population", () => readGvWorkbook(path), {
      file: path,
      at: new RegExp(`line ${flensburg + 1}`),
      field: "Bevölkerung insgesamt",
      rule: /counts are whole numbers ≥ 0/
    });
  });

  it("a Destatis Kreis table (04-kreise-2018.xlsx) without its Burgenlandkreis line fails on the Land total", async () => {
    const sheetName = "Kreisfreie Städte u. Landkreise";
    const workbook = XLSX.read(readFileSync(sourcePath("destatis-kreise/04-kreise-2018.xlsx")));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheetName]!, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true
    });
    const cut = rows.filter((r) => r[0] !== "15084");
    expect(cut).toHaveLength(rows.length - 1);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["Inhalt"]]), "Inhalt");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cut), sheetName);
    const path = join(temp(), "04-kreise-2018.xlsx");
    writeFileSync(path, XLSX.write(book, {type: "buffer", bookType: "xlsx"}) as Buffer);
    await expectLoud("Kreis table without a Kreis line", () => readKreisPopulation(path, "destatis-kreise-2018"), {
      file: path,
      at: /line \d+/,
      field: `${sheetName}!F (Bevölkerung insgesamt)`,
      rule: /Land and Germany totals = sum of their Kreise/,
      message: /Sachsen-Anhalt \d+ ≠ sum of its Kreise \d+ \(13 lines\)/
    });
  });

  it("a corrupt (cut) GV xlsx and a BBSR xlsx of random bytes are 'not a valid xlsx file'", async () => {
    const cut = copyOf("destatis-gv/31122023_Auszug_GV.xlsx", (bytes) => bytes.subarray(0, 5000));
    await expectLoud("GV xlsx cut", () => readGvWorkbook(cut), {file: cut, message: /not a valid xlsx file/});
    const random = copyOf("bbsr-referenz/ref-gemeinden-ab-2020.xlsx", (bytes) =>
      Buffer.from(bytes.subarray(0, 4096).map((_, i) => (i * 31) % 256))
    );
    await expectLoud("BBSR xlsx random bytes", () => readBbsrWorkbook(random, "gemeinde"), {
      file: random,
      message: /not a valid xlsx file/
    });
    expect(() => checkXlsx(random, readFileSync(random))).toThrow(/not a valid xlsx file/);
  });

  it("a '.' in a GENESIS cell is read as null with flag '.' and published with that flag and its source", () => {
    const dir = temp();
    const csv = copyOf(
      "genesis-api-2026/tablefiles/12411-01-01-4/00_12411-01-01-4_1773175772751_de_flat.csv",
      (bytes) =>
        bytes
          .toString("utf8")
          .replace(
            ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;173684;",
            ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;.;"
          ),
      dir
    );
    const observation = readGenesisFlatCsv(csv).observations.find(
      (o) => o.variables[0]!.attribute === "15084" && o.variables[1]!.attribute === ""
    )!;
    expect([observation.value, observation.flag]).toEqual([null, "."]);
    const rows = buildPopulation({
      kreise: new Map([["15084", {name: "Burgenlandkreis", land: "15"}]]),
      laender: new Map([["15", "Sachsen-Anhalt"]]),
      kreisTables: [
        {
          code: "15084",
          name: "Burgenlandkreis",
          year: 2024,
          sex: "total",
          value: null,
          flag: ".",
          source: "genesis-12411-01-01-4-2024"
        }
      ],
      gemeindeSums: [],
      bbsr: []
    });
    const row = rows.find((r) => r.code === "15084" && r.year === 2024 && r.sex === "total")!;
    expect([row.value, row.flag, row.source]).toEqual([null, ".", "genesis-12411-01-01-4-2024"]);
    MALFORMED.set("GENESIS '.' flag", "loud");
  });
});

describe("GENESIS-Online table export", () => {
  it("an unemployment rate of 120 % in 13211-0007 fails on the rate rule", async () => {
    const relative = "genesis-online-2026/13211-0007.csv";
    const path = copyOf(relative, (bytes) =>
      bytes.toString("utf8").replace(/^(Arbeitslosenquote aller zivilen Erwerbspersonen;Prozent;)[^;]*/m, "$1120,0")
    );
    const context = {cached: <T>(_key: string, make: () => T) => make()} as unknown as BuildContext;
    await expectLoud("GENESIS-Online rate 120 %", () => genesisLaenderUnemployment(context, path), {
      file: path,
      at: /line \d+/,
      field: "Prozent",
      rule: /rates \(%\) within 0–100/,
      message: /found 120/
    });
  });
});

describe("BA Parquet", () => {
  const codes = new Set(readBaRegionCodes(sourcePath("ba-kldb/region_codes.csv")).keys());

  it("a negative count in unemployed_total.parquet fails naming the Parquet row", async () => {
    const path = join(temp(), "unemployed_total.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(
        `COPY (SELECT * EXCLUDE (file_row_number)
                 REPLACE (CASE WHEN file_row_number = 1000 THEN -347368 ELSE total END AS total)
               FROM read_parquet('${sourcePath("ba-kldb/unemployed_total.parquet")}', file_row_number = true))
         TO '${path}' (FORMAT parquet)`
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    await expectLoud("BA Parquet negative count", () => readBaUnemployedSums(path, codes), {
      file: path,
      at: /row 1001/,
      field: "total",
      rule: /counts \(annual averages\) ≥ 0/,
      message: /found -347368/
    });
  }, 60_000);

  it("a cut Parquet file is 'not a valid Parquet file'", async () => {
    const path = copyOf("ba-kldb/unemployed_total.parquet", (bytes) => bytes.subarray(0, bytes.length - 100));
    await expectLoud("BA Parquet cut", () => readBaUnemployedSums(path, codes), {
      file: path,
      rule: /Parquet container/,
      message: /not a valid Parquet file: does not end with "PAR1"/
    });
    expect(() => checkParquet(path)).toThrow(/not a valid Parquet file/);
  });
});

describe("zip, .cpg and MANIFEST.csv", () => {
  it("a corrupt zip (a GENESIS tablefile answer) is 'not a valid zip file'", async () => {
    const zip = readFileSync(sourcePath("bkg-vg5000-2021/shape/VG5000_LAN.cpg"));
    await expectLoud("zip random bytes", () => checkZip(zip, "answer.zip"), {
      file: "answer.zip",
      message: /not a valid zip file/
    });
    const cut = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]);
    await expectLoud("zip cut", () => checkZip(cut, "answer.zip"), {
      file: "answer.zip",
      message: /not a valid zip file/
    });
  });

  it("a .cpg naming the wrong code page is reported as the .cpg, with the record it garbles", async () => {
    const dir = temp("vg5000-");
    const shape = sourcePath("bkg-vg5000-2021/shape");
    for (const ext of ["shp", "shx", "dbf", "prj"])
      symlinkSync(join(shape, `VG5000_LAN.${ext}`), join(dir, `VG5000_LAN.${ext}`));
    writeFileSync(join(dir, "VG5000_LAN.cpg"), "windows-1252");
    await expectLoud(".cpg wrong code page", () => readVg5000(dir, "LAN"), {
      file: join(dir, "VG5000_LAN.cpg"),
      at: /line 1/,
      field: "code page",
      rule: /names decode in the \.cpg's code page/,
      message: /VG5000_LAN\.dbf record \d+ field GEN/
    });
    writeFileSync(join(dir, "VG5000_LAN.cpg"), Buffer.from([0, 255, 1, 2]));
    await expectLoud(".cpg binary", () => readVg5000(dir, "LAN"), {
      file: join(dir, "VG5000_LAN.cpg"),
      at: /line 1/,
      field: "code page",
      message: /not a code page name/
    });
  });

  it("a file that differs from MANIFEST.csv is reported as a sha256 mismatch", async () => {
    const dir = temp();
    const relative = "gerda/lookup_table.csv";
    writeFileSync(join(dir, "MANIFEST.csv"), readFileSync(sourcePath("MANIFEST.csv")));
    mkdirSync(join(dir, "gerda"));
    copyOf(relative, (bytes) => Buffer.concat([bytes, Buffer.from("\n")]), join(dir, "gerda"));
    await expectLoud("MANIFEST sha256 mismatch", () => verifyManifest(dir), {
      file: join(dir, relative),
      field: "sha256",
      rule: /inputs match MANIFEST\.csv/,
      message: /does not match MANIFEST\.csv sha256 \(MANIFEST\.csv line \d+: 42d58a/
    });
  });
});

describe("live refresh", () => {
  it("a file of sources-live/ that differs from its own manifest.json is reported as a sha256 mismatch", async () => {
    const dir = temp("revier-live-");
    const path = "genesis/12411-01-01-4/table.json";
    mkdirSync(join(dir, "genesis/12411-01-01-4"), {recursive: true});
    const recorded = '{"Status":{"Code":0}}';
    writeFileSync(join(dir, path), '{"Status":{"Code":0}} ');
    const sha256 = createHash("sha256").update(recorded).digest("hex");
    const entry = {
      path,
      url: "https://example.invalid",
      retrieved: "2026-11-30T00:00:00Z",
      sha256,
      bytes: 21,
      note: null
    };
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({files: [entry]}));
    await expectLoud("live manifest.json sha256 mismatch", () => verifyManifest(dir, "manifest.json"), {
      file: join(dir, path),
      field: "sha256",
      rule: /inputs match manifest\.json/,
      message: /does not match manifest\.json sha256/
    });
  });
});

afterAll(() => {
  const outcomes = [...MALFORMED.values()];
  console.error(
    `malformed inputs tried: ${outcomes.length}; failed loudly with file+row+field: ${outcomes.filter((o) => o === "loud").length}; ` +
      `vague: ${outcomes.filter((o) => o === "vague").length}; silently accepted: ${outcomes.filter((o) => o === "silent").length}`
  );
});
