import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";

import {datasetText} from "../../src/shared/dataset-text.js";
import {EMBEDDABLE, embedPath} from "../../src/shared/embeds.js";
import {t, type Lang} from "../../src/shared/i18n/index.js";
import {formatReference} from "../../src/shared/locale.js";
import {buildCatalog, type Catalog} from "../catalog.js";
import {projectRoot} from "../lib/paths.js";

/** A wide table's box: focusable and named, so that keyboard users can scroll it sideways (WCAG 2.1.1). */
const scrollRegion = (label: string) =>
  `<div class="rm-scroll" tabindex="0" role="region" aria-label="${escape(label).replace(/"/g, "&quot;")}">`;

/**
 * Puts every markdown table (the tables of docs/indicators.md) into a scroll region named after the heading above
 * it, so that a table wider than a phone scrolls inside itself and can be scrolled with the keyboard.
 */
export function wrapTables(md: string): string {
  const lines = md.split("\n");
  const out: string[] = [];
  let heading = "";
  lines.forEach((line, i) => {
    const title = /^#+\s+(.*)$/.exec(line)?.[1];
    if (title) heading = title.replace(/[`*_]/g, "");
    const row = line.startsWith("|");
    if (row && !lines[i - 1]?.startsWith("|")) out.push("", scrollRegion(heading), "");
    out.push(line);
    if (row && !lines[i + 1]?.startsWith("|")) out.push("", "</div>");
  });
  return out.join("\n");
}

/**
 * The markdown of the /daten page, generated from the dataset registry and the source catalogue so that the
 * page can never list a dataset or column that does not exist. Each dataset is linked for download (Framework
 * copies linked files into dist/) and registered in the SQL console with a literal FileAttachment call.
 */
export function datenPage(catalog: Catalog = buildCatalog(), lang: Lang = "de"): string {
  const kb = (bytes: number | null) =>
    bytes === null
      ? "–"
      : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(lang === "en" ? "en-GB" : "de-DE")} kB`;
  const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
  const datasets = catalog.datasets
    .map(
      (d) => `### ${d.name}

${escape(datasetText(lang, d.description, d.name))} · <a href="/data/${d.file}" download>${d.file}</a> (${kb(d.bytes)}) · \${DatasetDownloads(datasets, ${JSON.stringify(d.name)})}

<details><summary>${tr("daten.columns")}</summary>

${scrollRegion(`${d.name}: ${tr("daten.columns")}`)}

| ${tr("daten.col.column")} | ${tr("daten.col.type")} | ${tr("daten.col.meaning")} |
|---|---|---|
${d.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${escape(datasetText(lang, c.description, d.name, c.name))} |`).join("\n")}

</div>

</details>`
    )
    .join("\n\n");
  const sources = catalog.sources
    .map(
      (s) =>
        `| ${escape(s.publisher)} | ${escape(s.table)} | ${escape(s.title)} | ${escape(formatReference(s.reference, lang))} | ${formatReference(s.stand, lang)} | ${s.licence} |`
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
    : tr("daten.indicatorsLater");
  const indicatorsWrapped = wrapTables(indicators);
  return `---
title: Daten und Quellen
---

\`\`\`js
import {DatasetDownloads} from "/components/DatasetDownloads.js";
import {SqlConsole} from "/components/SqlConsole.js";
\`\`\`

# ${tr("daten.title")}

${tr("daten.lead")}

## ${tr("daten.datasets")}

${datasets}

## ${tr("daten.sources")}

${scrollRegion(tr("daten.sources"))}

| ${tr("daten.col.publisher")} | ${tr("daten.col.table")} | ${tr("daten.col.content")} | ${tr("daten.col.reference")} | ${tr("daten.col.stand")} | ${tr("daten.col.licence")} |
|---|---|---|---|---|---|
${sources}

</div>

${tr("daten.attribution")} <a href="/data/sources.json" download>sources.json</a>.

## ${tr("daten.indicators")}

${tr("daten.indicatorsGerman")}

${indicatorsWrapped}

## ${tr("daten.embeds")}

${tr("daten.embedsLead")}

<div class="rm-scroll" id="embeddable-figures">

| ${tr("daten.col.figureId")} | ${tr("daten.col.embedUrl")} |
|---|---|
${EMBEDDABLE.map((e) => embedPath(e, lang).replace(/&/g, "&amp;"))
  .map((href, i) => `| \`${EMBEDDABLE[i]!.id}\` | <a href="${href}">${href}</a> |`)
  .join("\n")}

</div>

\`\`\`text
<iframe src="https://…/kreise/15084?embed=svb-trend" title="…" width="100%" height="520"
  style="border:0;max-width:960px;display:block" loading="lazy" data-revier-monitor></iframe>
<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="https://…"||!d||d.type!=="revier-monitor:height")return;
document.querySelectorAll("iframe[data-revier-monitor]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>
\`\`\`

## ${tr("daten.sql")}

${tr("daten.sqlLead")}

\`\`\`js
const datasets = [
${attachments}
];
\`\`\`

<div class="card" id="sql-console">\${SqlConsole(datasets, {
  initial: ${JSON.stringify(`${tr("daten.sqlInitial")}\nSELECT year, sum(value) AS einwohner\nFROM population\nWHERE sex = 'total'\n  AND code IN ('15002','15082','15084','15087','15088','14713','14729','14730','16077')\nGROUP BY year HAVING count(value) = 9 ORDER BY year`)},
  sourceNote: ${JSON.stringify(tr("daten.sqlSource"))}
})}</div>
`;
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;");
}
