import {readBuiltDataset} from "../../data-loaders/read-dataset.js";

process.stdout.write(readBuiltDataset("location_factors"));
