import type { Diagnostic } from "../../src/core/diagnostics";
import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import { UserFacingError } from "../../src/core/operations";
import { createRefreshCommand } from "../../src/commands/refreshCommand";
import type { CommandMessage } from "../../src/commands/message";
import { t } from "../../src/i18n";
import { mockOperations, refreshOutcome } from "../taskpane/mockOperations";

function setup(lang: "da" | "en" = "da") {
  const { operations } = mockOperations();
  const shown: CommandMessage[] = [];
  const order: string[] = [];
  const showMessage = jest.fn(async (m: CommandMessage) => {
    shown.push(m);
    order.push("message");
  });
  const event = { completed: jest.fn(() => order.push("completed")) };
  const command = createRefreshCommand({
    operations: () => operations as never,
    lang: () => lang,
    showMessage,
  });
  return { operations, shown, order, showMessage, event, command };
}

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe("ribbon command refreshOverview", () => {
  it("bounds the dialog's wait by what is left of the command's 5 minutes", async () => {
    const s = setup();
    let clock = 1_000_000;
    const waits: number[] = [];
    // The refresh itself takes 2 minutes, then fails.
    s.operations.refreshOverview.mockImplementationOnce(async () => {
      clock += 2 * 60_000;
      throw new UserFacingError("core.diag.emptyPlan");
    });
    const command = createRefreshCommand({
      operations: () => s.operations as never,
      lang: () => "da",
      showMessage: async (_m, waitMs) => {
        waits.push(waitMs);
      },
      now: () => clock,
    });
    await command(s.event);
    expect(waits).toHaveLength(1);
    // 5 minutes in all: at most 3 minutes are left for the dialog, less a margin to complete.
    expect(waits[0]).toBeLessThan(3 * 60_000);
    expect(waits[0]).toBeGreaterThan(2 * 60_000);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("refreshes and completes the event without a message on success", async () => {
    const s = setup();
    await s.command(s.event);
    expect(s.operations.refreshOverview).toHaveBeenCalledTimes(1);
    expect(s.showMessage).not.toHaveBeenCalled();
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("shows a UserFacingError's message, then completes the event", async () => {
    const s = setup();
    s.operations.refreshOverview.mockRejectedValueOnce(new UserFacingError("core.diag.emptyPlan"));
    await s.command(s.event);
    expect(s.order).toEqual(["message", "completed"]);
    expect(s.shown[0].title).toBe(t("da", "taskpane.command.failedTitle"));
    expect(s.shown[0].lines[0]).toBe(t("da", "core.diag.emptyPlan"));
    expect(s.shown[0].lines.at(-1)).toBe(t("da", "taskpane.command.openPane"));
  });

  it("shows the generic message for an unknown error, without its text", async () => {
    const s = setup("en");
    s.operations.refreshOverview.mockRejectedValueOnce(new Error("InvalidOperation at line 3"));
    await s.command(s.event);
    expect(s.shown[0].lang).toBe("en");
    expect(s.shown[0].lines[0]).toBe(t("en", "taskpane.error.generic"));
    expect(JSON.stringify(s.shown)).not.toContain("InvalidOperation");
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("lists the plan's problems, errors first, when the overview was not written", async () => {
    const s = setup();
    const warning: Diagnostic = { severity: "warning", code: "core.diag.noStatusDate" };
    const errors: Diagnostic[] = Array.from({ length: 6 }, (_, i) => ({
      severity: "error",
      code: "core.diag.rowWithoutAction",
      sheet: "Plan",
      row: 10 + i,
    }));
    s.operations.refreshOverview.mockResolvedValueOnce(
      refreshOutcome({ written: false, summary: null, diagnostics: [warning, ...errors] })
    );
    await s.command(s.event);
    const lines = s.shown[0].lines;
    expect(lines[0]).toBe(t("da", "taskpane.command.notWritten"));
    expect(lines.slice(1, 6)).toEqual(errors.slice(0, 5).map((d) => formatDiagnostic(d, "da")));
    expect(lines[6]).toBe(t("da", "taskpane.command.more", { count: 2 }));
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the message cannot be shown", async () => {
    const s = setup();
    s.operations.refreshOverview.mockRejectedValueOnce(new Error("x"));
    s.showMessage.mockRejectedValueOnce(new Error("12009"));
    await s.command(s.event);
    expect(s.event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event when the operations cannot even be created", async () => {
    const event = { completed: jest.fn() };
    const showMessage = jest.fn(async () => undefined);
    const command = createRefreshCommand({
      operations: () => {
        throw new Error("Excel is not defined");
      },
      lang: () => "da",
      showMessage,
    });
    await command(event);
    expect(showMessage).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
