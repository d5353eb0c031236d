// The pane's language (from Office's display language) for every component below the root.

import "./messages";
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { t, type Language } from "../i18n/translate";
import type { Translate } from "./types";

const LangContext = createContext<Language>("da");

export function LangProvider(props: { lang: Language; children: ReactNode }) {
  return <LangContext.Provider value={props.lang}>{props.children}</LangContext.Provider>;
}

export function useLang(): Language {
  return useContext(LangContext);
}

/** `t` bound to the pane's language. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => t(lang, key, params), [lang]);
}

/** Intl locale for dates and times in the pane. */
export function intlLocale(lang: Language): string {
  return lang === "en" ? "en-GB" : "da-DK";
}
