// The output lacks parts the input had (named by the caller), and would be written over the
// input: refused unless forced. No ExcelJS here, so the command line can check for it lightly.

import type { InventoryItem } from "./packageInventory";

export class PartsLostError extends Error {
  constructor(
    readonly filePath: string,
    readonly missing: readonly InventoryItem[]
  ) {
    super(`the output would lose ${missing.length} kind(s) of content: ${filePath}`);
    this.name = "PartsLostError";
  }
}
