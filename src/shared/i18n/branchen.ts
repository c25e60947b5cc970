import type {Entries} from "./types.js";

/** The sectors page (/branchen). */
export const branchen = {
  "branchen.title": {de: "Branchen", en: "Sectors"},
  "branchen.lead": {
    de: "Stärken und Schwächen der Wirtschaftsstruktur: Standortquotienten nach Wirtschaftsabschnitten, Wirtschaftsbereichen und Berufsgruppen, ein Portfolio aus Standortquotient, Wachstum und Größe, eine Shift-Share-Zerlegung und die Spezialisierung über die Zeit. Ein Standortquotient über 1 heißt: der Anteil ist in der Region größer als im Vergleichsraum.",
    en: "Strengths and weaknesses of the economic structure: location quotients by economic section, sector and occupation group, a portfolio of location quotient, growth and size, a shift-share decomposition and specialisation over time. A location quotient above 1 means the share is larger in the region than in the reference area."
  },
  "branchen.region": {de: "Region", en: "Region"},
  "branchen.reference": {de: "Vergleichsraum", en: "Reference area"},
  "branchen.etrYear": {de: "Jahr (Wirtschaftsbereiche)", en: "Year (sectors)"},
  "branchen.year": {de: "Stichtag", en: "Reference date"},
  "branchen.from": {de: "Zeitraum von", en: "Period from"},
  "branchen.loading": {de: "Berufsgruppen werden geladen …", en: "Loading occupation groups …"},
  "branchen.noData": {de: "keine Daten: {text}", en: "no data: {text}"},
  "branchen.missing.no-region-data": {
    de: "für {region} gibt es keine Werte in dieser Gliederung.",
    en: "there are no values for {region} in this classification."
  },
  "branchen.missing.no-reference-data": {
    de: "für {reference} gibt es keine Werte in dieser Gliederung.",
    en: "there are no values for {reference} in this classification."
  },
  "branchen.missing.no-employment": {
    de: "alle Werte von {region} oder {reference} sind gesperrt.",
    en: "all values of {region} or {reference} are suppressed."
  },
  "branchen.missing.period": {
    de: "wählen Sie einen Zeitraum, dessen Beginn vor dem Stichtag liegt.",
    en: "choose a period that starts before the reference date."
  },
  "branchen.flag.suppressed": {de: "gesperrt", en: "suppressed"},
  "branchen.flag.reference-suppressed": {de: "Vergleichswert gesperrt", en: "reference value suppressed"},
  "branchen.flag.no-reference-employment": {
    de: "im Vergleichsraum nicht vorhanden",
    en: "absent in the reference area"
  },
  "branchen.flag.small": {de: "unter 10 Personen", en: "fewer than 10 persons"},
  "branchen.col.area": {de: "Bereich", en: "Category"},
  "branchen.col.count": {de: "{unit} {region}", en: "{unit} {region}"},
  "branchen.col.regionShare": {de: "Anteil Region (%)", en: "Share region (%)"},
  "branchen.col.referenceShare": {de: "Anteil {reference} (%)", en: "Share {reference} (%)"},
  "branchen.col.lq": {de: "Standortquotient", en: "Location quotient"},
  "branchen.col.note": {de: "Hinweis", en: "Note"},
  "branchen.col.series": {de: "Gliederung", en: "Classification"},
  "branchen.col.year": {de: "Jahr", en: "Year"},
  "branchen.col.krugman": {de: "Krugman-Index", en: "Krugman index"},
  "branchen.col.herfindahl": {de: "Herfindahl-Index", en: "Herfindahl index"},
  "branchen.col.excluded": {de: "ausgelassene gesperrte Gruppen", en: "suppressed groups left out"},
  "branchen.col.occupation": {de: "Berufsgruppe", en: "Occupation group"},
  "branchen.col.lqAt": {de: "Standortquotient {year}", en: "Location quotient {year}"},
  "branchen.col.growth": {de: "Veränderung {from}–{year} (%)", en: "Change {from}–{year} (%)"},
  "branchen.col.svbAt": {de: "SvB {year}", en: "Employees {year}"},
  "branchen.col.component": {de: "Komponente", en: "Component"},
  "branchen.col.persons": {de: "Personen", en: "Persons"},
  "branchen.col.regionalShift": {de: "Standorteffekt", en: "Regional shift"},
  "branchen.col.actual": {de: "tatsächliche Veränderung", en: "actual change"},
  "branchen.unit.svb": {de: "SvB", en: "Employees"},
  "branchen.unit.etr": {de: "Erwerbstätige", en: "Persons in employment"},
  "branchen.series.etr": {de: "Wirtschaftsbereiche (6)", en: "Sectors (6)"},
  "branchen.series.occupations": {de: "Berufsgruppen (KldB, 3-Steller)", en: "Occupation groups (KldB, 3-digit)"},
  "branchen.h.sections": {de: "Wirtschaftsabschnitte und Wirtschaftsbereiche", en: "Economic sections and sectors"},
  "branchen.h.time": {
    de: "Spezialisierung und Konzentration über die Zeit",
    en: "Specialisation and concentration over time"
  },
  "branchen.h.occupations": {de: "Berufsgruppen", en: "Occupation groups"},
  "branchen.h.shiftShare": {de: "Shift-Share-Zerlegung", en: "Shift-share decomposition"},
  "branchen.lqAxis": {
    de: "Standortquotient (log. Skala, 1 = wie Vergleichsraum)",
    en: "Location quotient (log scale, 1 = as in reference area)"
  },
  "branchen.wz.title": {
    de: "Standortquotienten nach Wirtschaftsabschnitten: {region}",
    en: "Location quotients by economic section: {region}"
  },
  "branchen.wz.subtitle": {
    de: "SvB am Arbeitsort, WZ 2008, Stichtag 30.06.{year}; Vergleichsraum {reference}",
    en: "Employees at workplace, WZ 2008, 30 Jun {year}; reference area {reference}"
  },
  "branchen.etr.title": {
    de: "Standortquotienten nach Wirtschaftsbereichen: {region}",
    en: "Location quotients by sector: {region}"
  },
  "branchen.etr.subtitle": {
    de: "Erwerbstätige am Arbeitsort, Jahresdurchschnitt {year}, sieben Bereiche der Erwerbstätigenrechnung (WZ 2008); Vergleichsraum {reference}",
    en: "Persons in employment at workplace, annual average {year}, seven sectors of the employment accounts (WZ 2008); reference area {reference}"
  },
  "branchen.lq.description": {
    de: "Balken je Kategorie: Standortquotient von {region} gegenüber {reference}; über 1 überdurchschnittlich vertreten.",
    en: "One bar per category: location quotient of {region} against {reference}; above 1 over-represented."
  },
  "branchen.krugman.title": {
    de: "Krugman-Spezialisierungsindex: {region} gegenüber {reference}",
    en: "Krugman specialisation index: {region} against {reference}"
  },
  "branchen.krugman.axis": {de: "Krugman-Index (0 bis 2)", en: "Krugman index (0 to 2)"},
  "branchen.krugman.subtitle": {
    de: "Summe der Beträge der Anteilsdifferenzen (0 = gleiche Struktur, 2 = keine Gemeinsamkeit); Erwerbstätige {etr} nach Bereichen, SvB am Arbeitsort 30.06.{occ} nach Berufsgruppen",
    en: "Sum of absolute share differences (0 = same structure, 2 = nothing in common); persons in employment {etr} by sector, employees at workplace 30 Jun {occ} by occupation group"
  },
  "branchen.herfindahl.title": {
    de: "Herfindahl-Konzentrationsindex: {region}",
    en: "Herfindahl concentration index: {region}"
  },
  "branchen.herfindahl.axis": {de: "Herfindahl-Index, {series}", en: "Herfindahl index, {series}"},
  "branchen.herfindahl.subtitle": {
    de: "Summe der quadrierten Beschäftigungsanteile (1/Anzahl Gruppen bis 1); Erwerbstätige {etr} nach Bereichen, SvB am Arbeitsort 30.06.{occ} nach Berufsgruppen",
    en: "Sum of squared employment shares (1/number of groups to 1); persons in employment {etr} by sector, employees at workplace 30 Jun {occ} by occupation group"
  },
  "branchen.index.description": {
    de: "Verlauf des Index von {region} für zwei Gliederungen.",
    en: "The index of {region} over time for two classifications."
  },
  "branchen.top.title": {
    de: "Berufsgruppen mit den höchsten Standortquotienten: {region}",
    en: "Occupation groups with the highest location quotients: {region}"
  },
  "branchen.top.axis": {de: "Standortquotient (log. Skala)", en: "Location quotient (log scale)"},
  "branchen.top.subtitle": {
    de: "SvB am Arbeitsort, KldB 2010 (3-Steller), Stichtag 30.06.{year}; Vergleichsraum {reference}; nur Gruppen mit mindestens 10 Personen",
    en: "Employees at workplace, KldB 2010 (3-digit), 30 Jun {year}; reference area {reference}; groups with at least 10 persons only"
  },
  "branchen.portfolio.title": {
    de: "Portfolio der Berufsgruppen: {region}",
    en: "Portfolio of occupation groups: {region}"
  },
  "branchen.portfolio.subtitle": {
    de: "Standortquotient 30.06.{year} (gegenüber {reference}) × Veränderung der SvB am Arbeitsort 30.06.{from}–{year} in %, Kreisfläche = SvB; gestrichelt: Wachstum von {reference} ({growth} %); Gruppen ab 100 Personen",
    en: "Location quotient 30 Jun {year} (against {reference}) × change of employees at workplace 30 Jun {from}–{year} in %, circle area = employees; dashed: growth of {reference} ({growth}%); groups of 100 persons or more"
  },
  "branchen.portfolio.description": {
    de: "Blasendiagramm: rechts überdurchschnittlich vertretene, oben wachsende Berufsgruppen von {region}.",
    en: "Bubble chart: over-represented occupation groups of {region} to the right, growing ones at the top."
  },
  "branchen.ss.title": {de: "Shift-Share: {region}, {from}–{year}", en: "Shift-share: {region}, {from}–{year}"},
  "branchen.ss.axis": {de: "Veränderung der SvB (Personen)", en: "Change of employees (persons)"},
  "branchen.ss.subtitle": {
    de: "SvB am Arbeitsort nach Berufsgruppen, 30.06.{from} bis 30.06.{year}, Personen; Vergleichsraum {reference}; Bundestrend + Struktureffekt + Standorteffekt = Veränderung; Standorteffekt nach Esteban-Marquillas geteilt{excluded}",
    en: "Employees at workplace by occupation group, 30 Jun {from} to 30 Jun {year}, persons; reference area {reference}; national trend + industry mix + regional shift = change; regional shift split after Esteban-Marquillas{excluded}"
  },
  "branchen.ss.excluded": {
    de: "; {n} Gruppen mit gesperrten Werten ausgelassen",
    en: "; {n} groups with suppressed values left out"
  },
  "branchen.ss.description": {
    de: "Zerlegung der Beschäftigungsveränderung von {region} in Bundestrend, Struktureffekt und Standorteffekt.",
    en: "Decomposition of the employment change of {region} into national trend, industry mix and regional shift."
  },
  "branchen.ss.total": {de: "Veränderung insgesamt", en: "Total change"},
  "branchen.ss.national": {de: "Bundestrend", en: "National trend"},
  "branchen.ss.industryMix": {de: "Struktureffekt", en: "Industry mix"},
  "branchen.ss.regionalShift": {de: "Standorteffekt", en: "Regional shift"},
  "branchen.ss.competitive": {de: "davon Wettbewerb", en: "of which competitive"},
  "branchen.ss.allocation": {de: "davon Allokation", en: "of which allocation"},
  "branchen.ss.unassigned": {de: "nicht zuordenbar", en: "unassigned"},
  "branchen.ss.group.sum": {de: "Summe", en: "Sum"},
  "branchen.ss.group.component": {de: "Komponente", en: "Component"},
  "branchen.ss.group.em": {de: "Esteban-Marquillas", en: "Esteban-Marquillas"},
  "branchen.groups.title": {
    de: "Standorteffekt nach Berufsgruppen: {region}, {from}–{year}",
    en: "Regional shift by occupation group: {region}, {from}–{year}"
  },
  "branchen.groups.axis": {de: "Standorteffekt (Personen)", en: "Regional shift (persons)"},
  "branchen.groups.subtitle": {
    de: "Personen: Veränderung in der Region minus Veränderung bei Wachstum wie im Vergleichsraum {reference}; je acht Gruppen mit dem größten und kleinsten Effekt",
    en: "Persons: change in the region minus change at the growth of the reference area {reference}; the eight groups with the largest and the eight with the smallest effect"
  },
  "branchen.groups.description": {
    de: "Berufsgruppen, die in {region} stärker bzw. schwächer wuchsen als in {reference}.",
    en: "Occupation groups that grew faster or slower in {region} than in {reference}."
  },
  "branchen.groups.stronger": {de: "stärker als im Vergleichsraum", en: "stronger than in the reference area"},
  "branchen.groups.weaker": {de: "schwächer als im Vergleichsraum", en: "weaker than in the reference area"},
  "branchen.table.title": {
    de: "Alle Berufsgruppen: {region}, 30.06.{year}",
    en: "All occupation groups: {region}, 30 Jun {year}"
  },
  "branchen.table.subtitle": {
    de: "SvB am Arbeitsort, Anteile in %, Standortquotient gegenüber {reference}; zum Sortieren auf eine Spaltenüberschrift klicken; gesperrte Werte: „keine Daten“",
    en: "Employees at workplace, shares in %, location quotient against {reference}; click a column header to sort; suppressed values: “no data”"
  },
  "branchen.table.label": {de: "Berufsgruppen in {region}", en: "Occupation groups in {region}"},
  "branchen.table.share": {de: "Anteil (%)", en: "Share (%)"},
  "branchen.help": {
    de: "Lesehilfe: Der Standortquotient teilt den Anteil einer Branche oder Berufsgruppe an der Beschäftigung der Region durch ihren Anteil im Vergleichsraum. Gesperrte Werte der BA (Datenschutz) werden nie als 0 gelesen: Die Gruppe bekommt keinen Quotienten, und die Summen der Region enthalten nur bekannte Werte. Reviere und Ostdeutschland sind Summen ihrer Kreise bzw. Länder; ist bei einer Region eine Berufsgruppe in einem Kreis gesperrt, fehlt sie („keine Daten“), bei einem Vergleichsraum werden die bekannten Werte summiert.",
    en: "How to read: the location quotient divides the share of an industry or occupation group in the region's employment by its share in the reference area. Values the BA suppressed (data protection) are never read as 0: the group gets no quotient, and the region's totals contain known values only. Lignite regions and East Germany are sums of their districts or states; when an occupation group is suppressed in one district of a region it is missing (“no data”), for a reference area the known values are summed."
  },
  "branchen.formulas": {de: "Formeln: Daten und Quellen", en: "Formulas: data and sources"}
} satisfies Entries;
