/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import "./encodingPolyfill";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UserFacingError } from "../../src/core/operations";
import { t } from "../../src/i18n";
import { WordImport } from "../../src/taskpane/components/word/WordImport";
import { WordExport } from "../../src/taskpane/components/word/WordExport";
import { LangProvider } from "../../src/taskpane/i18n";
import { cfbContainer } from "../word/fixtures/handXml";
import { foundingDocument } from "../word/fixtures/foundingDocument";

// The pane's Word code as the build loads it, with jsdom's DOMParser standing in for the browser's.
const loadWord = () => import("../../src/word/browser");

function wrap(children: JSX.Element) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang="da">{children}</LangProvider>
    </FluentProvider>
  );
}

function docxFile(bytes: Uint8Array, name = "status.docx"): File {
  return new File([bytes as BlobPart], name);
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("Importér fra Word", () => {
  it("reads the chosen document, previews it and creates the plan on confirmation", async () => {
    const onCreate = jest.fn().mockResolvedValue(undefined);
    wrap(<WordImport loadWord={loadWord} onCreate={onCreate} fallbackMonth={{ year: 2026, month: 11 }} disabled={false} />);
    await userEvent.upload(screen.getByLabelText("Importér fra Word (.docx)", { selector: "input" }), docxFile(await foundingDocument()));

    const table = await screen.findByRole("table", { name: "Forhåndsvisning af importen" });
    const rows = within(table).getAllByRole("row").map((row) => row.textContent);
    expect(rows).toEqual([
      "FokusområdeIndsatserHandlinger",
      "Overordnet fokus415",
      "Skole & Uddannelse211",
      "Erhverv314",
      "I alt940",
    ]);
    expect(screen.getByText("3 handlinger er markeret med rødt og får statusdatoen december 2019.")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Opret planen" }));
    await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
    const [plan, settings] = onCreate.mock.calls[0];
    expect(plan.focusAreas.flatMap((a: { initiatives: { actions: unknown[] }[] }) => a.initiatives.flatMap((i) => i.actions))).toHaveLength(40);
    expect(settings).toMatchObject({ currentStatusDate: { year: 2019, month: 12 }, focusAreaOrder: ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"] });
    await waitFor(() => expect(screen.queryByRole("table")).not.toBeInTheDocument());
  });

  it("explains a file that is not a .docx, and a password-protected one", async () => {
    const onCreate = jest.fn();
    wrap(<WordImport loadWord={loadWord} onCreate={onCreate} fallbackMonth={{ year: 2026, month: 11 }} disabled={false} />);
    const input = screen.getByLabelText("Importér fra Word (.docx)", { selector: "input" });
    await userEvent.upload(input, docxFile(new TextEncoder().encode("ikke et dokument"), "noter.docx"));
    await waitFor(() => expect(screen.getByText(/Filen er ikke et Word-dokument/)).toBeInTheDocument());
    await userEvent.upload(input, docxFile(cfbContainer(["EncryptionInfo", "EncryptedPackage"])));
    await waitFor(() => expect(screen.getByText(/beskyttet med en adgangskode/)).toBeInTheDocument());
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("shows why the plan could not be created", async () => {
    const onCreate = jest.fn().mockRejectedValue(new UserFacingError("taskpane.error.generic"));
    wrap(<WordImport loadWord={loadWord} onCreate={onCreate} fallbackMonth={{ year: 2026, month: 11 }} disabled={false} />);
    await userEvent.upload(screen.getByLabelText("Importér fra Word (.docx)", { selector: "input" }), docxFile(await foundingDocument()));
    await userEvent.click(await screen.findByRole("button", { name: "Opret planen" }));
    await waitFor(() => expect(screen.getByText(t("da", "taskpane.error.generic"))).toBeInTheDocument());
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("Gem som Word-dokument", () => {
  it("offers the document as a download and says so", async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        created.push(blob);
        return "blob:statusoversigt/1";
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    wrap(<WordExport onExport={async () => ({ bytes, fileName: "Statusoversigt" })} disabled={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Gem som Word-dokument" }));
    await waitFor(() => expect(screen.getByText("Dokumentet Statusoversigt.docx er klar og hentes nu.")).toBeInTheDocument());
    const links = click.mock.contexts as HTMLAnchorElement[];
    expect(links.map((a) => [a.href, a.download])).toEqual([
      ["blob:statusoversigt/1", "Statusoversigt.docx"],
    ]);
    expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(created[0].size).toBe(4);
  });
});
