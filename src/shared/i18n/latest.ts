/** /aktuell (src/aktuell.md, src/lib/latest-page.ts), the release texts and the Atom feeds (scripts/feeds.ts). */
export const latest = {
  "nav.latest": {de: "Neu", en: "What's new"},
  "meta.description./aktuell": {
    de: "Was das neueste Release bringt: neue Tabellen und Zahlen, Revisionen, Signale und die größten Veränderungen für das Mitteldeutsche Revier und alle {count} Kreise; mit Atom-Feeds je Kreis.",
    en: "What the latest release brings: new tables and figures, revisions, signals and the largest changes for the Central German lignite region and all {count} districts; with an Atom feed per district."
  },
  "latest.title": {de: "Neu in diesem Release", en: "What's new in this release"},
  "latest.intro": {
    de: "Was diese Veröffentlichung gegenüber der vorigen ({previous}) bringt: neue Tabellen, neue und revidierte Zahlen, und Signale nach festen Regeln. Jede Veröffentlichung ist ein Build; ihr Stand wird im Repository festgehalten.",
    en: "What this release brings compared with the previous one ({previous}): new tables, new and revised figures, and signals by fixed rules. Every release is a build; its state is recorded in the repository."
  },
  "latest.release": {de: "Release {id}", en: "Release {id}"},
  "latest.unreleased": {
    de: "Dieser Build ist noch nicht als Release erfasst (npm run release).",
    en: "This build is not yet recorded as a release (npm run release)."
  },
  "latest.firstRelease": {de: "das erste erfasste Release", en: "the first recorded release"},
  "latest.sources.title": {de: "Neue Daten", en: "New data"},
  "latest.sources.subtitle": {
    de: "Quellen mit neuen Daten seit Release {previous}, mit Datenstand",
    en: "Sources with new data since release {previous}, with data date"
  },
  "latest.sources.none": {de: "Keine Quelle hat neue Daten gebracht.", en: "No source brought new data."},
  "latest.col.source": {de: "Quelle", en: "Source"},
  "latest.col.table": {de: "Tabelle", en: "Table"},
  "latest.col.stand": {de: "Datenstand", en: "Data date"},
  "latest.col.previousStand": {de: "vorher", en: "before"},
  "latest.col.newFigures": {de: "neue Zahlen", en: "new figures"},
  "latest.new": {de: "neu", en: "new"},
  "latest.revisions.title": {de: "Revidierte Zahlen", en: "Revised figures"},
  "latest.revisions.subtitle": {
    de: "Werte, die sich gegenüber Release {previous} geändert haben ({count}; Revier, Länder, Deutschland)",
    en: "Values changed since release {previous} ({count}; lignite region, Länder, Germany)"
  },
  "latest.revisions.none": {de: "Keine Zahl wurde revidiert.", en: "No figure was revised."},
  "latest.col.region": {de: "Region", en: "Region"},
  "latest.col.series": {de: "Kennzahl", en: "Indicator"},
  "latest.col.year": {de: "Jahr", en: "Year"},
  "latest.col.old": {de: "alt", en: "old"},
  "latest.col.value": {de: "Wert", en: "Value"},
  "latest.col.change": {de: "Veränderung", en: "Change"},
  "latest.col.since": {de: "seit", en: "since"},
  "latest.col.land": {de: "Land", en: "Land"},
  "latest.col.germany": {de: "Deutschland", en: "Germany"},
  "latest.col.rank": {de: "Rang (von)", en: "Rank (of)"},
  "latest.col.rankChange": {de: "Rang vorher", en: "Rank before"},
  "latest.figures.title": {de: "Kennzahlen: {region}", en: "Key figures: {region}"},
  "latest.figures.subtitle": {
    de: "Letzter Wert, Veränderung zum vorigen Wert derselben Reihe (ohne Bruch), Land und Deutschland im selben Zeitraum, Rang unter den Kreisen (1 = höchster Wert)",
    en: "Latest value, change against the previous value of the same series (no break), Land and Germany over the same period, rank among the districts (1 = highest value)"
  },
  "latest.kreis": {de: "Kreis", en: "District"},
  "latest.signals.title": {de: "Signale", en: "Signals"},
  "latest.signals.subtitle": {
    de: "Regeln: Arbeitslosenquote gestiegen, während die des Landes sank, oder um mehr als {points} Punkte gestiegen; SvB zwei Jahre in Folge gesunken; SvB in Bergbauberufen um mehr als {percent} % gesunken. Nie über einen Reihenbruch hinweg.",
    en: "Rules: unemployment rate rose while the Land's fell, or rose by more than {points} points; employees fell two years in a row; employees in mining occupations fell by more than {percent}%. Never across a series break."
  },
  "latest.signals.revier": {
    de: "Kreise des Mitteldeutschen Reviers",
    en: "Districts of the Central German lignite region"
  },
  "latest.signals.count": {
    de: "In ganz Deutschland: {count} Signale in {kreise} Kreisen.",
    en: "All of Germany: {count} signals in {kreise} districts."
  },
  "latest.signals.none": {de: "Keine Signale.", en: "No signals."},
  "latest.movers.title": {de: "Größte Veränderungen: {scope}", en: "Largest changes: {scope}"},
  "latest.movers.revier": {de: "Mitteldeutsches Revier", en: "Central German lignite region"},
  "latest.movers.germany": {de: "alle Kreise Deutschlands", en: "all districts of Germany"},
  "latest.movers.subtitle": {
    de: "{series}, {from}–{to}; Anstiege und Rückgänge",
    en: "{series}, {from}–{to}; rises and falls"
  },
  "latest.feed": {de: "Atom-Feed dieses Kreises", en: "Atom feed of this district"},
  "latest.feedSite": {de: "Atom-Feed aller Releases", en: "Atom feed of all releases"},
  "latest.source": {
    de: "Quellen: Release-Aufzeichnung aus den veröffentlichten Datensätzen (Regionaldatenbank, Statistik der Bundesagentur für Arbeit, GENESIS-Online, Destatis); eigene Berechnung",
    en: "Sources: release record of the published datasets (Regionaldatenbank, Federal Employment Agency statistics, GENESIS-Online, Destatis); own calculation"
  },
  "latest.series.population": {de: "Bevölkerung", en: "Population"},
  "latest.series.svb_workplace": {de: "SvB am Arbeitsort", en: "Employees at workplace"},
  "latest.series.unemployed": {de: "Arbeitslose", en: "Unemployed"},
  "latest.series.unemployment_rate": {de: "Arbeitslosenquote", en: "Unemployment rate"},
  "latest.series.vacancies": {de: "Gemeldete Arbeitsstellen", en: "Registered vacancies"},
  "latest.series.svb_occ_211": {
    de: "SvB in Bergbauberufen (KldB 211)",
    en: "Employees in mining occupations (KldB 211)"
  },
  "latest.series.land_price": {de: "Baulandpreis (€/m²)", en: "Building land price (€/m²)"},
  "latest.points": {de: "{value} Punkte", en: "{value} points"},
  "latest.signal.rate-rose-land-fell": {
    de: "{region}: Arbeitslosenquote {from}–{to} von {old} % auf {new} % gestiegen ({change} Punkte), während die von {land} um {landChange} Punkte sank.",
    en: "{region}: unemployment rate rose from {old}% to {new}% in {from}–{to} ({change} points) while {land}'s fell by {landChange} points."
  },
  "latest.signal.rate-rose": {
    de: "{region}: Arbeitslosenquote {from}–{to} von {old} % auf {new} % gestiegen, um {change} Punkte (mehr als {limit}).",
    en: "{region}: unemployment rate rose from {old}% to {new}% in {from}–{to}, by {change} points (more than {limit})."
  },
  "latest.signal.svb-fell-twice": {
    de: "{region}: SvB am Arbeitsort zwei Jahre in Folge gesunken: {before} ({beforeYear}), {old} ({from}), {new} ({to}).",
    en: "{region}: employees at workplace fell two years in a row: {before} ({beforeYear}), {old} ({from}), {new} ({to})."
  },
  "latest.signal.mining-fell": {
    de: "{region}: SvB in Bergbauberufen {from}–{to} von {old} auf {new} gesunken ({percent}).",
    en: "{region}: employees in mining occupations fell from {old} to {new} in {from}–{to} ({percent})."
  },
  "latest.entry.newFigure": {de: "{series} {year}: {value}{context}", en: "{series} {year}: {value}{context}"},
  "latest.entry.revision": {
    de: "{series} {year} revidiert: {old} → {value}",
    en: "{series} {year} revised: {old} → {value}"
  },
  "latest.entry.previous": {de: "{year}: {value}", en: "{year}: {value}"},
  "latest.entry.title": {de: "{region}: neue Daten im Release {id}", en: "{region}: new data in release {id}"},
  "latest.entry.first": {
    de: "{region}: Stand im Release {id} (erste Aufzeichnung)",
    en: "{region}: state in release {id} (first record)"
  },
  "latest.entry.sources": {de: "Neue Quellen: {list}", en: "New sources: {list}"},
  "latest.entry.nothing": {
    de: "Keine neuen Zahlen für diese Region.",
    en: "No new figures for this region."
  },
  "latest.feed.title": {de: "Revier-Monitor: {region}", en: "Revier-Monitor: {region}"},
  "latest.feed.site": {de: "Revier-Monitor: alle Releases", en: "Revier-Monitor: all releases"},
  "latest.feed.siteEntry": {
    de: "Release {id}: {sources} neue Quellen, {figures} neue Zahlen, {revisions} Revisionen, {signals} Signale",
    en: "Release {id}: {sources} new sources, {figures} new figures, {revisions} revisions, {signals} signals"
  }
};
