// The automatic status date's memory: an action that already held an edit's new value is not
// the edited one (the rows moved between the event and the read).

import { RowReader, StatusMemory } from "../../src/core/statusMemory";

const header = ["Overordnet fokus", "Indsats", "Handling/aktivitet", "Status", "Statusnote"];
const row = (action: string, status: string) => ["Erhverv", "Indsats 1", action, status, ""];

describe("StatusMemory.heldAlready", () => {
  const reader = new RowReader(header);
  const memory = new StatusMemory();
  memory.remember(reader, [row("Handling 1", "√"), row("Handling 2", "")]);

  test("the edited action held the value before, not the new one", () => {
    expect(memory.heldAlready(reader, row("Handling 2", "√"), true, "", "√")).toBe(false);
  });

  test("an action that held the new value already (canonically) was not the one edited", () => {
    expect(memory.heldAlready(reader, row("Handling 1", "√"), true, "", "ok")).toBe(true);
  });

  test("an edit back to what the memory holds is not taken for a move", () => {
    expect(memory.heldAlready(reader, row("Handling 1", "√"), true, "√", "√")).toBe(false);
  });

  test("an action never seen: no judgement", () => {
    expect(memory.heldAlready(reader, row("Ny handling", "√"), true, "", "√")).toBe(false);
  });
});
