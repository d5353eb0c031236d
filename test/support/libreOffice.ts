// LibreOffice as another writer and reader in the tests: `soffice --headless --convert-to`
// with a profile of its own (so a LibreOffice already running elsewhere does not take the job).

import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** Converts `file` to `format` (e.g. `xlsx`, `docx`, `csv`) into `outDir`; the new file's path. */
export function convertWithLibreOffice(file: string, format: string, outDir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "statusoversigt-lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  const base = path.parse(file).name;
  const ext = format.split(":")[0];
  const made = readdirSync(outDir).find((f) => f === `${base}.${ext}`);
  if (!made) throw new Error(`LibreOffice did not convert ${file} to ${format}`);
  return path.join(outDir, made);
}
