import {readBuiltDataset} from "../../data-loaders/read-dataset.js";

process.stdout.write(readBuiltDataset("overview"));
