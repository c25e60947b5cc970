import {readBuiltFile} from "../../data-loaders/read-dataset.js";

process.stdout.write(readBuiltFile("release.json"));
