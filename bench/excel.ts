// Office round trips per refresh through Microsoft's Office.js client and the protocol-level
// fake server: syncs, real request bytes and cells per call for 100 / 1,000 / 10,000 / 20,000
// actions (Excel on the web's 5 MB request limit switched on).

import { excelRefreshFigures } from "../test/excel/benchSupport";
import type { Figure } from "./figures";

export async function benchExcel(): Promise<Figure[]> {
  return excelRefreshFigures();
}
