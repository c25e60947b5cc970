import {readBuiltDataset} from "../../data-loaders/read-dataset.js";

process.stdout.write(readBuiltDataset("labour_pool"));
