// Where the browser tests leave screenshots (gitignored: test-artifacts/).

import { mkdirSync } from "fs";
import * as path from "path";
import { ROOT } from "./dist";

export function artifactPath(name: string): string {
  const dir = path.join(ROOT, "test-artifacts", "e2e");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
