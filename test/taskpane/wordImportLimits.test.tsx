/** @jest-environment jsdom */
// The pane's Word import (it runs in the browser) on zip bombs and refused documents: the
// message says what the file is, nothing reaches the plan, and the same code in a process of its
// own stays within 600 MB and 15 s (measured by /usr/bin/time).
import "@testing-library/jest-dom";
import "./domPolyfills";
import "./encodingPolyfill";
import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WordImport } from "../../src/taskpane/components/word/WordImport";
import { LangProvider } from "../../src/taskpane/i18n";
import { foundingDocument } from "../word/fixtures/foundingDocument";
import { bombOf } from "../support/zipBomb";
import { macroEnabledDocx, withDoctype } from "../word/fixtures/refusedDocuments";

const loadWord = () => import("../../src/word/browser");
const ROOT = path.join(__dirname, "..", "..");

function wrap(onCreate: jest.Mock) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang="da">
        <WordImport loadWord={loadWord} onCreate={onCreate} fallbackMonth={{ year: 2026, month: 11 }} disabled={false} />
      </LangProvider>
    </FluentProvider>
  );
  return screen.getByLabelText("Importér fra Word (.docx)");
}

const file = (bytes: Uint8Array, name = "status.docx") => new File([bytes as BlobPart], name);

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("the pane's Word import refuses", () => {
  it("a bomb declaring its size, before inflating it", async () => {
    const onCreate = jest.fn();
    const input = wrap(onCreate);
    await userEvent.upload(input, file(await bombOf(await foundingDocument(), "word/document.xml")));
    expect(
      await screen.findByText(/Filen er for stor til at blive læst: pakket ud fylder den 1152 MB, og grænsen er 500 MB/)
    ).toBeInTheDocument();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("a bomb lying about its size, while inflating it", async () => {
    const onCreate = jest.fn();
    const input = wrap(onCreate);
    const bomb = await bombOf(await foundingDocument(), "word/document.xml", { lie: true });
    await userEvent.upload(input, file(bomb));
    expect(
      await screen.findByText(/Filen er for stor til at blive læst: delen word\/document.xml pakkes ud til > \d+ MB/, undefined, {
        timeout: 15_000,
      })
    ).toBeInTheDocument();
    expect(onCreate).not.toHaveBeenCalled();
  }, 30_000);

  it("a document declaring a DTD, and a macro-enabled one, each saying what it is", async () => {
    const onCreate = jest.fn();
    const input = wrap(onCreate);
    await userEvent.upload(input, file(await withDoctype()));
    await waitFor(() => expect(screen.getByText(/Filen erklærer en DTD eller entiteter \(<!DOCTYPE> i word\/document.xml\)/)).toBeInTheDocument());
    await userEvent.upload(input, file(await macroEnabledDocx(), "omdøbt.docx"));
    await waitFor(() => expect(screen.getByText(/Word-dokument med makroer \(.docm\)/)).toBeInTheDocument());
    expect(onCreate).not.toHaveBeenCalled();
  });
});

it("keeps the pane's Word code within 600 MB and 15 s on a bomb (measured in a process of its own)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-pane-"));
  try {
    const exec = promisify(execFile);
    const figures: string[] = [];
    for (const lie of [false, true]) {
      const bomb = path.join(dir, `bomb-${lie}.docx`);
      writeFileSync(bomb, await bombOf(await foundingDocument(), "word/document.xml", { lie }));
      const { stdout, stderr } = await exec(
        "/usr/bin/time",
        ["-v", process.execPath, "--import", "tsx", "test/support/paneWordImport.ts", bomb],
        { cwd: ROOT }
      );
      const said = JSON.parse(stdout) as { ok: boolean; message?: string };
      expect(said.ok).toBe(false);
      expect(said.message).toMatch(/^Filen er for stor til at blive læst/);
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\d+):([\d.]+)/.exec(stderr);
      const seconds = Number(wall?.[1]) * 60 + Number(wall?.[2]);
      figures.push(`pane Word import, bomb ${lie ? "lying" : "declared"}: ${Math.round(rssKb / 1024)} MB, ${seconds} s`);
      expect(rssKb).toBeLessThan(600 * 1024);
      expect(seconds).toBeLessThan(15);
    }
    process.stdout.write(`${figures.join("\n")}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
