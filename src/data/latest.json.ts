import {readBuiltFile} from "../../data-loaders/read-dataset.js";

process.stdout.write(readBuiltFile("latest.json"));
