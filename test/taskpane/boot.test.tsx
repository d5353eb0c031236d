/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { OfficeBootLike as OfficeLike } from "../../src/officeHost";
import { bootTaskpane, type BootView } from "../../src/taskpane/boot";
import { OutsideOffice } from "../../src/taskpane/OutsideOffice";
import { Providers } from "../../src/taskpane/Root";
import { deferred } from "./mockOperations";

function fakeOffice(host: string | null, context: OfficeLike["context"] = {}): OfficeLike {
  return { onReady: jest.fn(async () => ({ host, platform: null })), context };
}

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe("bootTaskpane", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("renders the add-in in Excel with Office's language and theme", async () => {
    const views: BootView[] = [];
    const theme = { isDarkTheme: true } as Office.OfficeTheme;
    bootTaskpane({
      getOffice: () => fakeOffice("Excel", { displayLanguage: "en-US", officeTheme: theme }),
      render: (v) => views.push(v),
    });
    await flush();
    expect(views).toEqual([{ kind: "office", displayLanguage: "en-US", officeTheme: theme }]);
    jest.advanceTimersByTime(60_000);
    expect(views).toHaveLength(1);
  });

  it("explains when Office.onReady reports no host (a plain browser)", async () => {
    const views: BootView[] = [];
    bootTaskpane({ getOffice: () => fakeOffice(null), render: (v) => views.push(v) });
    await flush();
    expect(views).toEqual([{ kind: "outside", reason: "noHost" }]);
  });

  it("explains after the timeout when office.js never loads", async () => {
    const views: BootView[] = [];
    bootTaskpane({ getOffice: () => undefined, render: (v) => views.push(v), timeoutMs: 5000 });
    jest.advanceTimersByTime(4900);
    expect(views).toEqual([]);
    jest.advanceTimersByTime(200);
    expect(views).toEqual([{ kind: "outside", reason: "officeMissing" }]);
  });

  it("waits for office.js that arrives late", async () => {
    const views: BootView[] = [];
    let office: OfficeLike | undefined;
    bootTaskpane({ getOffice: () => office, render: (v) => views.push(v), timeoutMs: 5000 });
    jest.advanceTimersByTime(1000);
    office = fakeOffice("Excel");
    jest.advanceTimersByTime(100);
    await flush();
    expect(views).toEqual([{ kind: "office", displayLanguage: undefined, officeTheme: undefined }]);
  });

  it("replaces the explanation when Office.onReady answers after the timeout", async () => {
    const views: BootView[] = [];
    const ready = deferred<{ host: string | null }>();
    const office: OfficeLike = { onReady: () => ready.promise, context: { displayLanguage: "da-DK" } };
    bootTaskpane({ getOffice: () => office, render: (v) => views.push(v), timeoutMs: 5000 });
    jest.advanceTimersByTime(5000);
    expect(views).toEqual([{ kind: "outside", reason: "noHost" }]);
    ready.resolve({ host: "Excel" });
    await flush();
    expect(views[1]).toEqual({ kind: "office", displayLanguage: "da-DK", officeTheme: undefined });
  });

  it("explains when Office.onReady fails", async () => {
    const views: BootView[] = [];
    const office: OfficeLike = { onReady: () => Promise.reject(new Error("no")) };
    bootTaskpane({ getOffice: () => office, render: (v) => views.push(v) });
    await flush();
    expect(views).toEqual([{ kind: "outside", reason: "officeMissing" }]);
  });
});

describe("OutsideOffice", () => {
  it("tells how to open the add-in in Excel", () => {
    render(
      <Providers lang="da" theme={webLightTheme}>
        <OutsideOffice reason="noHost" />
      </Providers>
    );
    expect(screen.getByRole("heading", { name: "Åbn Statusoversigt i Excel" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByText(/under fanen Hjem/)).toBeInTheDocument();
    expect(screen.queryByText(/Office-biblioteket/)).not.toBeInTheDocument();
  });

  it("adds the network hint when Office.js did not load, in English too", () => {
    render(
      <Providers lang="en" theme={webLightTheme}>
        <OutsideOffice reason="officeMissing" />
      </Providers>
    );
    expect(screen.getByRole("heading", { name: "Open Status Overview in Excel" })).toBeInTheDocument();
    expect(screen.getByText(/The Office library could not be loaded/)).toBeInTheDocument();
  });
});
