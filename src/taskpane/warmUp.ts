// Work the pane's first render needs anyway, done while office.js is still loading:
// - the first Intl formatter of a page loads ICU's locale data (some 15 ms), and the round
//   header formats its month with one. The language is not known until Office is ready; after
//   the first formatter, another language's costs under a millisecond;
// - the first localStorage access opens the origin's storage (some 10 ms), and the first
//   render reads the remembered view from it.

import { formatMonth } from "../core/dates";
import { openViewStorage } from "./paneView";

export function warmUpFirstRender(): void {
  formatMonth({ year: 2000, month: 1 }, "da");
  openViewStorage();
}
