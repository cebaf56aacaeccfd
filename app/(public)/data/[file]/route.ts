// A year's published reports in one file: /data/2021.csv, /data/2021.jsonl.
import { publicFile } from "@/app/_lib/public-site";
import { loadYearFile } from "../load";

export const GET = publicFile<{ file: string }>({ freshness: "latest", load: loadYearFile });
