import {SOURCES} from "../shared/sources.js";

process.stdout.write(JSON.stringify(Object.values(SOURCES), null, 1));
