import {readBoundaryFile} from "../../data-loaders/datasets/boundaries.js";

process.stdout.write(await readBoundaryFile("gemeinden.topojson"));
