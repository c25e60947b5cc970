import {buildPopulation, populationSchema} from "../../data-loaders/datasets/population.js";
import {toParquet} from "../../data-loaders/lib/parquet.js";

process.stdout.write(toParquet(buildPopulation(), populationSchema));
