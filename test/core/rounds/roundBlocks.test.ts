import { yearMonthToExcelSerial } from "../../../src/core/dates";
import type { YearMonth } from "../../../src/core/model";
import {
  MAX_ROUND_BLOCKS,
  comparedRounds,
  roundAndPrevious,
  roundBlocks,
} from "../../../src/core/rounds/roundBlocks";

const SEP = { year: 2019, month: 9 };
const OCT = { year: 2019, month: 10 };
const NOV = { year: 2019, month: 11 };
const s = (m: YearMonth) => yearMonthToExcelSerial(m);

describe("roundBlocks", () => {
  test("each wanted round's rows as one block when they are contiguous", () => {
    const cells = [s(SEP), s(SEP), s(OCT), s(OCT), s(OCT), s(NOV), s(NOV)];
    expect(roundBlocks(cells, () => [NOV])).toEqual([[5, 7]]);
    // Adjacent rounds make one block.
    expect(roundBlocks(cells, () => [OCT, NOV])).toEqual([[2, 7]]);
    expect(roundBlocks(cells, () => [SEP, NOV])).toEqual([
      [0, 2],
      [5, 7],
    ]);
  });

  test("rows of a round that are not contiguous are all covered; text rounds count", () => {
    const cells = [s(OCT), s(NOV), null, "2019-11", s(OCT), "ikke en måned", s(NOV)];
    expect(roundBlocks(cells, () => [NOV])).toEqual([
      [1, 2],
      [3, 4],
      [6, 7],
    ]);
  });

  test("rows in too many pieces: the span from the first to the last", () => {
    const cells = Array.from({ length: 2 * MAX_ROUND_BLOCKS + 2 }, (_, i) =>
      i % 2 === 0 ? s(OCT) : s(NOV)
    );
    expect(roundBlocks(cells, () => [NOV])).toEqual([[1, cells.length - 1 + 1]]);
  });

  test("the picker gets the rounds present, earliest first", () => {
    const seen: YearMonth[][] = [];
    roundBlocks([s(NOV), s(SEP), s(OCT), s(SEP)], (rounds) => {
      seen.push([...rounds]);
      return [];
    });
    expect(seen).toEqual([[SEP, OCT, NOV]]);
  });

  test("the overview's rounds: the round and the closed round before it", () => {
    expect(roundAndPrevious(NOV)([SEP, OCT, NOV])).toEqual([NOV, OCT]);
    expect(roundAndPrevious(SEP)([SEP, OCT, NOV])).toEqual([SEP]);
    expect(roundAndPrevious({ year: 2019, month: 12 })([SEP, NOV])).toEqual([
      { year: 2019, month: 12 },
      NOV,
    ]);
  });

  test("the compared rounds: from (default the last) and to when it is a round", () => {
    expect(comparedRounds(undefined, "now")([SEP, OCT])).toEqual([OCT]);
    expect(comparedRounds(SEP, OCT)([SEP, OCT, NOV])).toEqual([SEP, OCT]);
    expect(comparedRounds(undefined, "now")([])).toEqual([]);
  });
});
