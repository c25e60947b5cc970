import {buildCatalog} from "../../data-loaders/catalog.js";

process.stdout.write(JSON.stringify(buildCatalog()));
