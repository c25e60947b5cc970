import {langOfPath} from "./shared/i18n/page.js";
import {datenPage} from "../data-loaders/pages/daten-page.js";

// Framework runs this loader as src/daten.md.ts and, through the symlink, as src/en/daten.md.ts.
process.stdout.write(datenPage(undefined, langOfPath(process.argv[1] ?? "")));
