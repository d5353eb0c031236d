// What the user reads when an operation fails, in the task pane and in the ribbon command's
// message alike: the translated UserFacingError, or a generic message. Never the raw error
// text or stack (those go to the console for support).

import { UserFacingError } from "./operations";
import { t, type Language } from "../i18n/translate";

function isUserFacing(error: unknown): error is UserFacingError {
  if (error instanceof UserFacingError) return true;
  // Also accept one made by another copy of the class (e.g. another bundle).
  const e = error as Partial<UserFacingError> | null;
  return !!e && e.name === "UserFacingError" && typeof e.key === "string";
}

export function errorMessage(error: unknown, lang: Language): string {
  if (isUserFacing(error)) return t(lang, error.key, error.params ?? {});
  return t(lang, "taskpane.error.generic");
}
