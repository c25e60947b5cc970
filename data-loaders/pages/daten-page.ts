import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {buildCatalog, type Catalog} from "../catalog.js";
import {projectRoot} from "../lib/paths.js";

/**
 * The markdown of the /daten page, generated from the dataset registry and the source catalogue so that the
 * page can never list a dataset or column that does not exist. Each dataset is linked for download (Framework
 * copies linked files into dist/) and registered in the SQL console with a literal FileAttachment call.
 */
export function datenPage(catalog: Catalog = buildCatalog()): string {
  const kb = (bytes: number | null) =>
    bytes === null ? "–" : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("de-DE")} kB`;
  const datasets = catalog.datasets
    .map(
      (d) => `### ${d.name}

${escape(d.description)} · <a href="/data/${d.file}" download>${d.file}</a> (${kb(d.bytes)}) · \${DatasetDownloads(datasets, ${JSON.stringify(d.name)})}

<details><summary>Spalten</summary>

| Spalte | Typ | Bedeutung |
|---|---|---|
${d.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${escape(c.description)} |`).join("\n")}

</details>`
    )
    .join("\n\n");
  const sources = catalog.sources
    .map(
      (s) =>
        `| ${escape(s.publisher)} | ${escape(s.table)} | ${escape(s.title)} | ${escape(s.reference)} | ${s.stand} | ${s.licence} |`
    )
    .join("\n");
  const attachments = catalog.datasets
    // Always with a method call: a bare FileAttachment("….parquet") makes Framework add its implicit Parquet reader
    // (apache-arrow and parquet-wasm from jsDelivr).
    .map(
      (d) =>
        `  {name: ${JSON.stringify(d.name)}, load: () => FileAttachment(${JSON.stringify(`/data/${d.file}`)}).arrayBuffer()}`
    )
    .join(",\n");
  const indicatorsDoc = join(projectRoot, "docs/indicators.md");
  const indicators = existsSync(indicatorsDoc)
    ? readFileSync(indicatorsDoc, "utf-8")
        .replace(/^# .*\n/, "")
        .replace(/^(#+) /gm, "$1## ")
    : "Die Definitionen der Indikatoren folgen.";
  return `---
title: Daten und Quellen
---

\`\`\`js
import {DatasetDownloads} from "/components/DatasetDownloads.js";
import {SqlConsole} from "/components/SqlConsole.js";
\`\`\`

# Daten und Quellen

Alle Datensätze des Dashboards zum Herunterladen (Apache Parquet, zstd-komprimiert; lesbar mit DuckDB, Python/pandas,
R/arrow, QGIS …; CSV und XLSX werden beim Klick im Browser aus der Parquet-Datei erzeugt), ihre Quellen mit Lizenz und Datenstand, die Definitionen der Indikatoren, und eine SQL-Konsole, die
im Browser über alle Datensätze rechnet. Regionalschlüssel sind Texte mit führenden Nullen (Land 2-, Kreis 5-,
Gemeinde 8-stellig, \`DG\` = Deutschland); fehlende oder geheim gehaltene Werte sind leer, nie 0.

## Datensätze

${datasets}

## Quellen und Lizenzen

| Herausgeber | Tabelle | Inhalt | Bezug | Stand | Lizenz |
|---|---|---|---|---|---|
${sources}

Quellenvermerke: Statistische Ämter des Bundes und der Länder, Destatis, BBSR, Bundesnetzagentur: Datenlizenz
Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0). Bundesagentur für Arbeit: „© Statistik der Bundesagentur
für Arbeit“. Verwaltungsgrenzen: „© GeoBasis-DE / BKG 2021“. Wo das Dashboard rechnet (Aggregate, Indizes,
Quotienten), steht „eigene Berechnung“. Der Katalog als Datei: <a href="/data/sources.json" download>sources.json</a>.

## Indikatoren

${indicators}

## SQL-Konsole

Jeder Datensatz ist eine Tabelle gleichen Namens. DuckDB-WASM läuft vollständig im Browser; es werden keine Daten
übertragen.

\`\`\`js
const datasets = [
${attachments}
];
\`\`\`

<div class="card" id="sql-console">\${SqlConsole(datasets, {
  initial: "-- Einwohner des Mitteldeutschen Reviers: nur Jahre, in denen alle neun Kreise einen Wert haben\\nSELECT year, sum(value) AS einwohner\\nFROM population\\nWHERE sex = 'total'\\n  AND code IN ('15002','15082','15084','15087','15088','14713','14729','14730','16077')\\nGROUP BY year HAVING count(value) = 9 ORDER BY year",
  sourceNote: "Quelle: siehe Revier-Monitor, Daten und Quellen (dl-de/by-2-0; © Statistik der Bundesagentur für Arbeit); eigene Berechnung"
})}</div>
`;
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;");
}
