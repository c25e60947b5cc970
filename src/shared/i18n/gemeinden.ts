import type {Entries} from "./types.js";

/** /gemeinden (src/gemeinden.md, src/lib/gemeinden-page.ts) and the Gemeinden map. */
export const gemeinden = {
  "gemeinden.intro": {
    de: "Alle Gemeinden des Mitteldeutschen Reviers und der Länder Sachsen, Sachsen-Anhalt und Thüringen mit Einwohnerzahl, Fläche, Dichte, Stadtrecht und Gemeindeverband (Verbandsgemeinde, Verwaltungsgemeinschaft, Verwaltungsverband). Gebietsstand {territory}, Bevölkerung am {end} (Gemeindeverzeichnis).",
    en: "All municipalities (Gemeinden) of the Central German lignite region and of Saxony, Saxony-Anhalt and Thuringia with population, area, density, town status and municipal association (Verbandsgemeinde, Verwaltungsgemeinschaft, Verwaltungsverband). Territory as of {territory}, population on {end} (Gemeindeverzeichnis, the official list of municipalities)."
  },
  "gemeinden.area": {de: "Gebiet", en: "Area"},
  "gemeinden.area.all": {de: "alle drei Länder", en: "all three Länder"},
  "gemeinden.onlyTowns": {de: "nur Städte", en: "towns only"},
  "gemeinden.map": {de: "Karte", en: "Map"},
  "gemeinden.mode.veraenderung": {de: "Veränderung {start}–{end}", en: "Change {start}–{end}"},
  "gemeinden.mode.dichte": {de: "Einwohner je km²", en: "Inhabitants per km²"},
  "gemeinden.search": {de: "Suche", en: "Search"},
  "gemeinden.searchPlaceholder": {de: "Gemeinde, Kreis oder Verband …", en: "Municipality, district or association …"},
  "gemeinden.kpi.gemeinden": {de: "Gemeinden", en: "Municipalities"},
  "gemeinden.kpi.towns": {de: "davon Städte", en: "of which towns"},
  "gemeinden.kpi.population": {de: "Einwohner", en: "Inhabitants"},
  "gemeinden.kpi.sum": {de: "Summe, {date}", en: "Total, {date}"},
  "gemeinden.kpi.verbaende": {de: "Verbände", en: "Associations"},
  "gemeinden.kpi.verbaendeNote": {
    de: "Verbandsgemeinden, Verwaltungsgemeinschaften und -verbände",
    en: "Verbandsgemeinden, Verwaltungsgemeinschaften and Verwaltungsverbände"
  },
  "gemeinden.tableTitle": {de: "Gemeinden: {area}", en: "Municipalities: {area}"},
  "gemeinden.tableSubtitle": {
    de: "Einwohner am {end}, Fläche in km², Gebietsstand {territory}; Veränderung in % seit {start}",
    en: "Inhabitants on {end}, area in km², territory as of {territory}; change in % since {start}"
  },
  "gemeinden.tableNote": {
    de: "Zeile anklicken: die Gemeinde wird auf der Karte markiert. Spaltenkopf anklicken: sortieren. „keine Daten“ bei der Veränderung: Gebiet seit {start} verändert (Fusion oder Eingemeindung) oder Gemeinde neu ({missing} der {count} angezeigten Gemeinden).",
    en: "Click a row to mark the municipality on the map. Click a column header to sort. “no data” for the change: territory changed since {start} (merger or incorporation) or new municipality ({missing} of the {count} municipalities shown)."
  },
  "gemeinden.col.name": {de: "Gemeinde", en: "Municipality"},
  "gemeinden.col.kreis": {de: "Kreis", en: "District"},
  "gemeinden.col.population": {de: "Einwohner {date}", en: "Inhabitants {date}"},
  "gemeinden.col.area": {de: "Fläche (km²)", en: "Area (km²)"},
  "gemeinden.col.density": {de: "Einw./km²", en: "Inh./km²"},
  "gemeinden.col.change": {de: "Veränderung seit {date}", en: "Change since {date}"},
  "gemeinden.col.changePercent": {de: "Veränderung seit {date} (%)", en: "Change since {date} (%)"},
  "gemeinden.col.town": {de: "Stadt", en: "Town"},
  "gemeinden.col.verband": {de: "Verband", en: "Association"},
  "gemeinden.col.verbandKind": {de: "Verbandsart", en: "Type of association"},
  "gemeinden.town": {de: "Stadt", en: "town"},
  "gemeinden.map.change": {de: "Veränderung (%)", en: "Change (%)"},
  "gemeinden.map.title": {de: "Karte: {mode}", en: "Map: {mode}"},
  "gemeinden.map.subtitle.dichte": {
    de: "Einwohner je km², Bevölkerung {end}, Gebietsstand {territory}; Punktfläche ∝ Einwohner",
    en: "Inhabitants per km², population {end}, territory as of {territory}; dot area ∝ inhabitants"
  },
  "gemeinden.map.subtitle.veraenderung": {
    de: "Veränderung in %, {start}–{end}; Punktfläche ∝ Einwohner; Farben ab ±6 % gleich; grau: keine Daten (Gebietsänderung)",
    en: "Change in %, {start}–{end}; dot area ∝ inhabitants; same colour beyond ±6%; grey: no data (territorial change)"
  },
  "gemeinden.map.description": {
    de: "Punktkarte der Gemeinden ({area}), Farbe nach {mode}, Größe nach Einwohnerzahl.",
    en: "Dot map of the municipalities ({area}), colour by {mode}, size by population."
  },
  "gemeinden.map.perKm2": {de: "{value} je km²", en: "{value} per km²"},
  "gemeinden.map.inhabitants": {de: "{value} Einwohner", en: "{value} inhabitants"},
  "gemeinden.method": {
    de: "Die Veränderung wird nur für Gemeinden berechnet, deren Gebiet seit dem {start} gleich geblieben ist: Gemeinden werden über den amtlichen Schlüssel zugeordnet, und eine Flächenänderung um mehr als 2 % laut Gemeindeverzeichnis gilt als Gebietsänderung (Neuvermessungen ändern Flächen um höchstens gut 1 %). Beide Stichtage beruhen auf dem Zensus 2011. Bevölkerungsentwicklung der Kreise:",
    en: "The change is computed only for municipalities whose territory has stayed the same since {start}: municipalities are matched by their official code, and a change in area of more than 2% according to the Gemeindeverzeichnis counts as a territorial change (new surveys change areas by little more than 1% at most). Both reference dates are based on the 2011 census. Population change of the districts:"
  }
} satisfies Entries;
