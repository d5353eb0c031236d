// The example's two status rounds as data (see "The history" in the source): the plan now
// (December 2019, open) with its IDs, and the closed September 2019 round for sheet Historik.

import type { ActionState, HistoryEntry } from "../src/core/rounds";
import { formatId } from "../src/core/rounds";
import * as source from "./bycirklen-kina-2017-2020.source";

/** Excel serial of the September round's closing time (wall clock, minutes). */
export function septemberClosedSerial(): number {
  const c = source.SEPTEMBER_CLOSED;
  const ms = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - Date.UTC(1899, 11, 30);
  return ms / 86_400_000;
}

/** Every action in the document's order with its ID (H-001 …), as the plan holds it now. */
export function exampleStates(): ActionState[] {
  let index = 0;
  return source.focusAreas.flatMap((area) =>
    area.initiatives.flatMap((initiative) =>
      initiative.actions.map((action) => {
        index += 1;
        return {
          id: formatId(index),
          focusArea: area.name,
          initiative: initiative.name,
          action: action.text,
          status: action.status,
          note: action.note ?? "",
          statusDate: action.round ? { ...action.round } : null,
          // Sheet Plan: header in row 1, one row per action.
          row: index + 1,
        };
      })
    )
  );
}

/** The closed September 2019 round: today's actions with their September status and note. */
export function septemberEntries(): HistoryEntry[] {
  const actions = source.focusAreas.flatMap((a) => a.initiatives.flatMap((i) => i.actions));
  const closedAt = septemberClosedSerial();
  return exampleStates().map((now, i) => {
    const september = actions[i].september;
    return {
      ...now,
      ...(september ? { status: september.status, note: september.note, statusDate: null } : {}),
      round: { ...source.SEPTEMBER_2019 },
      closedAt,
      // Sheet Historik: header in row 1, one row per action.
      row: i + 2,
    };
  });
}
