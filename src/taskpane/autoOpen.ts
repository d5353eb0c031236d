// "Open this pane with the workbook": the document setting Office.AutoShowTaskpaneWithDocument,
// which Office reads together with the manifest's TaskpaneId of the same name. It is stored in
// the workbook, so it applies to everyone who opens it and has the add-in; others are unaffected.

export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

export interface AutoOpenSetting {
  get(): boolean;
  set(on: boolean): Promise<void>;
}

/** The part of Office.Settings used here (enum values written as Office.js's strings). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export function documentAutoOpen(settings: SettingsLike): AutoOpenSetting {
  return {
    get: () => settings.get(AUTO_SHOW_SETTING) === true,
    set: (on) =>
      new Promise((resolve, reject) => {
        settings.set(AUTO_SHOW_SETTING, on);
        settings.saveAsync((result) => {
          if (result.status === "succeeded") resolve();
          else reject(new Error(result.error?.message ?? "Settings.saveAsync failed"));
        });
      }),
  };
}
