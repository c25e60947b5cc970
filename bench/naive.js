// The naive first chart (bench only): DuckDB-WASM is started, the page's Parquet files are decoded with hyparquet
// and inserted as Arrow (exactly as src/components/db.ts does), the chart's rows are queried with SQL, and only then
// is the chart drawn. The Parquet downloads run in parallel with DuckDB's start-up, so the comparison is fair to the
// naive approach. All modules are the built ones from dist/.
const config = JSON.parse(document.getElementById("bench-config").textContent);
const downloads = config.tables.map(({data}) =>
  fetch(data).then((response) => {
    if (!response.ok) throw new Error(`${data}: HTTP ${response.status}`);
    return response.arrayBuffer();
  })
);
const [{registerTable, query, toColumns}, {readParquet}, chartModule] = await Promise.all([
  import(config.db),
  import(config.parquet),
  import(config.chart)
]);
await Promise.all(
  config.tables.map(({table}, i) => registerTable(table, async () => toColumns(await readParquet(await downloads[i]))))
);
const rows = await query(config.sql);
const container = document.getElementById("naive-chart");
container.append(chartModule[config.export](rows, {...config.options, width: container.clientWidth}));
