// Reading a fixture the way the command line does: bytes → document model → import.

import { importedPlan, type DocumentImport } from "../../src/core/word/importDocument";
import { exampleRows } from "../../examples/build-example";
import type { Plan, StatusSymbol, YearMonth } from "../../src/core/model";
import { importWordBytes } from "../../src/word/node";

export async function importBytes(bytes: Uint8Array): Promise<DocumentImport> {
  const result = await importWordBytes(bytes);
  if (!result.ok) throw new Error(result.code);
  return result;
}

/** Plan rows as plain tuples, to compare with the example's source. */
export function planRows(plan: Plan) {
  return plan.focusAreas.flatMap((area) =>
    area.initiatives.flatMap((initiative) =>
      initiative.actions.map((a) => ({
        focusArea: area.name,
        initiative: initiative.name,
        text: a.text,
        status: a.status,
        note: a.note,
        statusDate: a.statusDate,
      }))
    )
  );
}

export { importedPlan };

/** The example's plan as the core reads it (rows in source order). */
export function examplePlan(): Plan {
  const plan: Plan = { focusAreas: [] };
  exampleRows().forEach((row, i) => {
    let area = plan.focusAreas.find((a) => a.name === row.focusArea);
    if (!area) plan.focusAreas.push((area = { name: row.focusArea as string, initiatives: [] }));
    let initiative = area.initiatives.find((x) => x.name === row.initiative);
    if (!initiative) {
      area.initiatives.push((initiative = { name: row.initiative as string, actions: [] }));
    }
    initiative.actions.push({
      text: row.action as string,
      status: (row.status ?? null) as StatusSymbol | null,
      note: row.note ?? "",
      statusDate: (row.statusDate ?? null) as YearMonth | null,
      row: i + 2,
    });
  });
  return plan;
}
