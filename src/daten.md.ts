import {datenPage} from "../data-loaders/pages/daten-page.js";

process.stdout.write(datenPage());
