/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Diagnostic } from "../../src/core/diagnostics";
import type { DocumentImport } from "../../src/core/word/importDocument";
import type { Language as Lang } from "../../src/i18n";
import {
  ImportPreview,
  type ImportPreviewProps,
} from "../../src/taskpane/components/word/ImportPreview";
import { LangProvider } from "../../src/taskpane/i18n";

const DOUBT: Diagnostic = {
  severity: "warning",
  code: "word.doubt.noteOrAction",
  params: { focusArea: "Skole", initiative: "Netværk", text: "Tovholder er fundet" },
};

function imported(over: Partial<DocumentImport> = {}): DocumentImport {
  const action = { text: "Møde", status: "√" as const, note: "", marked: false };
  return {
    ok: true,
    areas: [
      { name: "Skole", initiatives: [{ name: "Netværk", actions: [action, action] }, { name: "Kursus", actions: [action] }] },
      { name: "Erhverv", initiatives: [{ name: "Døråbner", actions: [{ ...action, marked: true }] }] },
    ],
    title: "Kina-samarbejde",
    intro: "",
    language: "da",
    documentRound: { year: 2019, month: 12 },
    markingColor: "#FF0000",
    markedCount: 1,
    actionCount: 4,
    doubts: [DOUBT],
    ...over,
  };
}

function show(props: Partial<ImportPreviewProps> = {}, lang: Lang = "da") {
  const handlers = { onRound: jest.fn(), onConfirm: jest.fn(), onCancel: jest.fn() };
  const doc = props.imported ?? imported();
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>
        <ImportPreview
          imported={doc}
          round={props.round === undefined ? doc.documentRound : props.round}
          fallbackMonth={{ year: 2026, month: 11 }}
          busy={props.busy ?? false}
          {...handlers}
        />
      </LangProvider>
    </FluentProvider>
  );
  return handlers;
}

describe("import preview", () => {
  it("shows the counts per focus area, the round from the document and every doubt", async () => {
    const handlers = show();
    const table = screen.getByRole("table", { name: "Forhåndsvisning af importen" });
    const rows = within(table).getAllByRole("row").map((row) => row.textContent);
    expect(rows).toEqual(["FokusområdeIndsatserHandlinger", "Skole23", "Erhverv11", "I alt34"]);
    expect(screen.getByText("Aktuel statusrunde: december 2019")).toBeInTheDocument();
    expect(screen.getByText(/Dokumentet siger selv, at status for december 2019/)).toBeInTheDocument();
    expect(screen.getByText("1 handlinger er markeret med rødt og får statusdatoen december 2019.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Tvivlsspørgsmål (1)" })).toBeInTheDocument();
    expect(screen.getByText(/afsnittet »Tovholder er fundet« kan være en handling eller en note/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Opret planen" }));
    expect(handlers.onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Annullér" }));
    expect(handlers.onCancel).toHaveBeenCalledTimes(1);
  });

  it("asks for the round when red actions exist and the document names none", async () => {
    const handlers = show({ imported: imported({ documentRound: null }), round: null });
    expect(screen.getByText(/men dokumentet nævner ikke statusrunden/)).toBeInTheDocument();
    const confirm = screen.getByRole("button", { name: "Opret planen" });
    expect(confirm).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(confirm);
    expect(handlers.onConfirm).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Måned" }), "3");
    await userEvent.click(screen.getByRole("button", { name: "Sæt statusdato" }));
    expect(handlers.onRound).toHaveBeenCalledWith({ year: 2026, month: 3 });
  });

  it("says when nothing is red or doubtful, in English too", () => {
    show({ imported: imported({ markedCount: 0, doubts: [], documentRound: null }), round: null }, "en");
    expect(screen.getByText("No actions are marked in red.")).toBeInTheDocument();
    expect(screen.getByText("No doubts: everything was read unambiguously.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create the plan" })).not.toHaveAttribute("aria-disabled");
  });
});
