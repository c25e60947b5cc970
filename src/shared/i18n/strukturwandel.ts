import type {Entries} from "./types.js";

/** The structural-change page (/strukturwandel). */
export const strukturwandel = {
  "sw.title": {de: "Strukturwandel", en: "Structural change"},
  "sw.lead": {
    de: "Braunkohlekraftwerke und Tagebaue mit ihren gesetzlichen Stilllegungsjahren, Beschäftigte in Bergbauberufen, die Verschiebung der Wertschöpfung zwischen den Sektoren und die Entwicklungsmuster der Kreise.",
    en: "Lignite power plants and open-cast mines with their statutory closure years, employees in mining occupations, the shift of value added between sectors, and the growth patterns of the districts."
  },
  "sw.h.plants": {de: "Kraftwerke und Tagebaue", en: "Power plants and mines"},
  "sw.revier": {de: "Revier", en: "Lignite region"},
  "sw.plants.lead": {
    de: "{revier}: {kraftwerke} Braunkohlekraftwerke mit zusammen {gross} MW Bruttoleistung, davon {net} MW Nettoleistung am {stand} noch nicht endgültig stillgelegt; {tagebaue} Tagebaue.",
    en: "{revier}: {kraftwerke} lignite power plants with {gross} MW gross capacity in total, of which {net} MW net capacity not yet finally closed on {stand}; {tagebaue} open-cast mines."
  },
  "sw.col.name": {de: "Name", en: "Name"},
  "sw.col.kind": {de: "Art", en: "Type"},
  "sw.kind.kraftwerk": {de: "Kraftwerk", en: "Power plant"},
  "sw.kind.tagebau": {de: "Tagebau", en: "Open-cast mine"},
  "sw.col.kreis": {de: "Kreis", en: "District"},
  "sw.col.operator": {de: "Betreiber", en: "Operator"},
  "sw.col.gross": {de: "Bruttoleistung (MW)", en: "Gross capacity (MW)"},
  "sw.col.net": {de: "Nettoleistung in Betrieb {stand} (MW)", en: "Net capacity in operation {stand} (MW)"},
  "sw.col.commissioned": {de: "Inbetriebnahme/Aufschluss", en: "Commissioned/opened"},
  "sw.col.shutdown": {de: "Stilllegung", en: "Closure"},
  "sw.col.basis": {de: "Grundlage", en: "Basis"},
  "sw.col.status": {de: "Status", en: "Status"},
  "sw.col.year": {de: "Jahr", en: "Year"},
  "sw.col.plant": {de: "Kraftwerk", en: "Power plant"},
  "sw.col.capacity": {de: "Nettoleistung (MW)", en: "Net capacity (MW)"},
  "sw.col.region": {de: "Region", en: "Region"},
  "sw.col.date": {de: "Stichtag", en: "Reference date"},
  "sw.col.svb": {de: "SvB", en: "Employees"},
  "sw.col.sector": {de: "Sektor", en: "Sector"},
  "sw.col.share": {de: "Anteil (%)", en: "Share (%)"},
  "sw.col.employmentGrowth": {de: "Relatives Beschäftigungswachstum", en: "Relative employment growth"},
  "sw.col.productivityGrowth": {de: "Relatives Produktivitätswachstum", en: "Relative productivity growth"},
  "sw.col.pattern": {de: "Muster", en: "Pattern"},
  "sw.unknown": {de: "keine Angabe", en: "not stated"},
  "sw.capacity.withoutYear": {
    de: "kein Stilllegungsjahr in der Quelle (bis 2038)",
    en: "no closure year in the source (until 2038)"
  },
  "sw.capacity.withYear": {de: "Stilllegungsjahr laut Quelle", en: "closure year as in the source"},
  "sw.map.title": {de: "Kraftwerke und Tagebaue im {revier}", en: "Power plants and mines in the {revier}"},
  "sw.map.subtitle": {
    de: "Bruttoleistung in MW (Kreisgröße), Kreise des Reviers hervorgehoben; Stand {stand}",
    en: "Gross capacity in MW (circle size), the region's districts highlighted; as of {stand}"
  },
  "sw.map.description": {
    de: "Karte der Kreise mit den Braunkohlekraftwerken (Kreise, Fläche nach Leistung) und Tagebauen (Quadrate) des {revier}.",
    en: "Map of the districts with the lignite power plants (circles, area by capacity) and mines (squares) of the {revier}."
  },
  "sw.timeline.title": {de: "Betriebszeiten und Stilllegungsjahre", en: "Operating periods and closure years"},
  "sw.timeline.subtitle": {
    de: "Inbetriebnahme bzw. Aufschluss bis (geplante) Stilllegung, Jahre; gesetzliches Ende der Kohleverstromung 2038",
    en: "Commissioning or opening to (planned) closure, years; statutory end of coal-fired power 2038"
  },
  "sw.timeline.description": {
    de: "Balken je Kraftwerk und Tagebau des {revier} von der Inbetriebnahme bis zum Stilllegungsjahr.",
    en: "One bar per power plant and mine of the {revier} from commissioning to closure year."
  },
  "sw.capacity.title": {de: "Braunkohle-Leistung am Netz bis {exit}", en: "Lignite capacity on the grid until {exit}"},
  "sw.capacity.subtitle": {
    de: "Nettoleistung in MW der am {stand} nicht stillgelegten Blöcke, je Jahr {from}–{to}",
    en: "Net capacity in MW of the units not closed on {stand}, per year {from}–{to}"
  },
  "sw.capacity.description": {
    de: "Gestapelte Säulen der Nettoleistung je Kraftwerk des {revier}, die in jedem Jahr noch am Netz ist.",
    en: "Stacked columns of the net capacity per power plant of the {revier} still on the grid in each year."
  },
  "sw.capacity.note": {
    de: "Ein Kraftwerk zählt bis einschließlich seines Stilllegungsjahres (die Termine des Kohleverstromungsbeendigungsgesetzes gelten zum Jahresende). Die Quelle nennt ein Jahr je Kraftwerk, nicht je Block; wo sie kein künftiges Jahr nennt, ist die Leistung heller und bis zum gesetzlichen Ende 2038 gezeigt.",
    en: "A plant counts up to and including its closure year (the dates of the coal phase-out act apply at the end of the year). The source gives one year per plant, not per unit; where it gives no future year, the capacity is lighter and shown until the statutory end in 2038."
  },
  "sw.table.title": {
    de: "Kraftwerke und Tagebaue: Leistung und Stilllegung",
    en: "Power plants and mines: capacity and closure"
  },
  "sw.table.subtitle": {
    de: "Leistung in MW; Status laut Bundesnetzagentur am {stand}",
    en: "Capacity in MW; status according to the Bundesnetzagentur on {stand}"
  },
  "sw.h.mining": {de: "Beschäftigte in Bergbauberufen", en: "Employees in mining occupations"},
  "sw.mining.lead": {
    de: "Sozialversicherungspflichtig Beschäftigte am Arbeitsort in der Berufsgruppe 211 „Berg-, Tagebau und Sprengtechnik“ (KldB 2010) – ein Näherungswert für die Braunkohle-Beschäftigung: er umfasst auch anderen Bergbau und nicht die Kraftwerksbeschäftigten. Reviere sind Summen ihrer Kreise; fehlt ein Kreiswert (von der BA gesperrt), steht dort „keine Daten“.",
    en: "Employees subject to social insurance at the workplace in occupation group 211 “mining, open-cast mining and blasting” (KldB 2010) – a proxy for lignite employment: it includes other mining and not the power-plant staff. Lignite regions are sums of their districts; where a district value is missing (suppressed by the BA) it says “no data”."
  },
  "sw.mining.unit": {de: "SvB (Personen)", en: "Employees (persons)"},
  "sw.mining.reviereTitle": {
    de: "Bergbauberufe in den drei Revieren",
    en: "Mining occupations in the three lignite regions"
  },
  "sw.mining.reviereSubtitle": {
    de: "SvB am Arbeitsort, KldB 211, Stichtag 30.06.{span}; Summe der Revier-Kreise",
    en: "Employees at workplace, KldB 211, 30 Jun {span}; sum of the region's districts"
  },
  "sw.mining.kreiseTitle": {de: "Bergbauberufe je Kreis: {revier}", en: "Mining occupations by district: {revier}"},
  "sw.mining.kreiseSubtitle": {
    de: "SvB am Arbeitsort, KldB 211, Stichtag 30.06.{span}",
    en: "Employees at workplace, KldB 211, 30 Jun {span}"
  },
  "sw.mining.description": {
    de: "Liniendiagramm der Beschäftigten in Bergbauberufen; gesperrte Werte als Lücke mit grauem Kreis.",
    en: "Line chart of employees in mining occupations; suppressed values as a gap with a grey circle."
  },
  "sw.h.shares": {de: "Wertschöpfung nach Sektoren", en: "Value added by sector"},
  "sw.shares.lead": {
    de: "Anteile des primären (A), sekundären (B–F) und tertiären Sektors (G–T) an der Bruttowertschöpfung. Durchgezogen: aus der absoluten Bruttowertschöpfung (jeweilige Preise, Regionaldatenbank 82111-01-05-4) neu berechnet – für Reviere aus der Summe der Kreise. Gestrichelt: die von INKAR veröffentlichten Anteile, nur für einzelne Kreise. Beide Reihen weichen wegen späterer Revisionen leicht voneinander ab.",
    en: "Shares of the primary (A), secondary (B–F) and tertiary sector (G–T) in gross value added. Solid: recomputed from absolute gross value added (current prices, Regionaldatenbank 82111-01-05-4) – for lignite regions from the sum of their districts. Dashed: the shares INKAR publishes, for single districts only. The two series differ slightly because of later revisions."
  },
  "sw.shares.title": {
    de: "Sektoranteile an der Bruttowertschöpfung: {region}",
    en: "Sector shares of gross value added: {region}"
  },
  "sw.shares.subtitle": {
    de: "Prozent, jeweilige Preise; berechnet {computed}{inkar}",
    en: "Per cent, current prices; computed {computed}{inkar}"
  },
  "sw.shares.inkar": {de: ", INKAR {span}", en: ", INKAR {span}"},
  "sw.shares.description": {
    de: "Anteile von primärem, sekundärem und tertiärem Sektor an der Bruttowertschöpfung von {region}.",
    en: "Shares of the primary, secondary and tertiary sector in the gross value added of {region}."
  },
  "sw.shares.kreis": {de: "{name} (Kreis)", en: "{name} (district)"},
  "sw.basis.inkar": {de: "INKAR (veröffentlicht)", en: "INKAR (published)"},
  "sw.basis.computed": {de: "aus absoluter BWS berechnet", en: "computed from absolute GVA"},
  "sw.sector.primary": {de: "Primärer Sektor (A)", en: "Primary sector (A)"},
  "sw.sector.secondary": {de: "Sekundärer Sektor (B–F)", en: "Secondary sector (B–F)"},
  "sw.sector.tertiary": {de: "Tertiärer Sektor (G–T)", en: "Tertiary sector (G–T)"},
  "sw.h.patterns": {
    de: "Entwicklungsmuster der Kreise (Camagni–Capello)",
    en: "Growth patterns of the districts (Camagni–Capello)"
  },
  "sw.patterns.lead": {
    de: "Relatives Beschäftigungswachstum (Erwerbstätige) und relatives Produktivitätswachstum (Bruttowertschöpfung je Erwerbstätigen) jedes Kreises gegenüber Deutschland, {from}–{to} – der längste Zeitraum, für den beide Reihen auf Kreisebene vorliegen. Die Wertschöpfung liegt nur in jeweiligen Preisen vor: Die bundesweite Preisentwicklung kürzt sich im Verhältnis zu Deutschland heraus, regionale Preisunterschiede nicht.",
    en: "Relative employment growth (persons in employment) and relative productivity growth (gross value added per person in employment) of each district against Germany, {from}–{to} – the longest period for which both series exist at district level. Value added exists in current prices only: the nationwide price trend cancels out in the ratio to Germany, regional price differences do not."
  },
  "sw.patterns.title": {
    de: "Entwicklungsmuster {from}–{to} gegenüber Deutschland",
    en: "Growth patterns {from}–{to} against Germany"
  },
  "sw.patterns.subtitle": {
    de: "Verhältnis der Wachstumsfaktoren (Deutschland = 1), {from}–{to}; Erwerbstätige im Jahresdurchschnitt, BWS in jeweiligen Preisen",
    en: "Ratio of growth factors (Germany = 1), {from}–{to}; persons in employment, annual average, GVA in current prices"
  },
  "sw.patterns.description": {
    de: "Streudiagramm der Kreise nach relativem Beschäftigungs- und Produktivitätswachstum; die Kreise des {revier} sind beschriftet.",
    en: "Scatter plot of the districts by relative employment and productivity growth; the districts of the {revier} are labelled."
  },
  "sw.patterns.missing": {de: "Keine Daten für {names}.", en: "No data for {names}."},
  "sw.germany": {de: "Deutschland", en: "Germany"},
  "sw.chart.gross": {de: "Bruttoleistung: {mw} MW", en: "Gross capacity: {mw} MW"},
  "sw.chart.shutdown": {de: "Stilllegung: {year}", en: "Closure: {year}"},
  "sw.chart.noYear": {de: "keine Angabe", en: "not stated"},
  "sw.chart.status": {de: "Status: {status}", en: "Status: {status}"},
  "sw.chart.operator": {de: "Betreiber: {operator}", en: "Operator: {operator}"},
  "sw.chart.centroid": {de: "Lage: Schwerpunkt der Gemeinde", en: "Location: centroid of the municipality"},
  "sw.chart.netCapacity": {de: "Nettoleistung (MW)", en: "Net capacity (MW)"},
  "sw.chart.assumedEnd": {
    de: "(kein Stilllegungsjahr in der Quelle; bis zum gesetzlichen Ende {end} gezeigt)",
    en: "(no closure year in the source; shown until the statutory end in {end})"
  },
  "sw.chart.relEmployment": {
    de: "Relatives Beschäftigungswachstum ({reference} = 1) →",
    en: "Relative employment growth ({reference} = 1) →"
  },
  "sw.chart.relProductivity": {
    de: "↑ Relatives Produktivitätswachstum ({reference} = 1)",
    en: "↑ Relative productivity growth ({reference} = 1)"
  },
  "sw.status.inBetrieb": {de: "in Betrieb", en: "in operation"},
  "sw.status.teilweise": {de: "teilweise stillgelegt", en: "partly closed"},
  "sw.status.stillgelegt": {de: "stillgelegt", en: "closed"},
  "sw.basis.geplant": {de: "geplant (ca.)", en: "planned (approx.)"},
  "sw.basis.tagebauliste": {de: "Tagebauliste", en: "list of mines"}
} satisfies Entries;
