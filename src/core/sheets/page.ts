// The page setup every sheet of the add-in prints with.

import type { PageSetup } from "../sheet";

/** A4 landscape, all columns on one page width, as many pages tall as needed. */
export const LANDSCAPE_FIT_WIDTH: PageSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
};
