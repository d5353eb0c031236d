// Work the pane's first render needs anyway, done while office.js is still loading: the
// first Intl formatter of a page loads ICU's locale data (some 15 ms), and the round header
// formats its month with one. The language is not known until Office is ready; after the
// first formatter, another language's costs under a millisecond.

import { formatMonth } from "../core/dates";

export function warmUpFirstRender(): void {
  formatMonth({ year: 2000, month: 1 }, "da");
}
