// Reading a fixture the way the command line does: bytes → document model → import.

import {
  importDocument,
  importedPlan,
  type DocumentImport,
} from "../../src/core/word/importDocument";
import type { Plan } from "../../src/core/model";
import { parseXmlNode } from "../../src/word/nodeXml";
import { readDocx } from "../../src/word/readDocx";

export async function importBytes(bytes: Uint8Array): Promise<DocumentImport> {
  const result = importDocument(await readDocx(bytes, parseXmlNode));
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
