import type {Entries} from "./types.js";

/** The region pickers (src/lib/region-picker.ts, src/components/RegionPicker.ts). */
export const picker = {
  "picker.aggregates": {de: "Reviere und Ostdeutschland", en: "Lignite regions and East Germany"},
  "picker.laender": {de: "Deutschland und Länder", en: "Germany and Länder"},
  "picker.kreise": {de: "Kreise in {land}", en: "Districts in {land}"},
  "picker.label": {de: "Regionen", en: "Regions"},
  "picker.chosen": {de: "Gewählte Regionen", en: "Chosen regions"},
  "picker.add": {de: "Region hinzufügen", en: "Add a region"},
  "picker.addPlaceholder": {de: "Region hinzufügen …", en: "Add a region …"},
  "picker.remove": {de: "{name} entfernen", en: "Remove {name}"}
} satisfies Entries;
