// Golden wire fixture: the request body Microsoft's client sends when *Bed om status* adds a
// mention comment (one owner, one action): the row's proofs, then CommentCollection.Add with the
// CommentRichContent and ContentType "Mention". It pins the protocol: a change in the adapter's
// batch or in the client shows as a diff. UPDATE_WIRE=1 rewrites it (review the diff by eye).

import * as fs from "fs";
import * as path from "path";
import { yearMonthToExcelSerial } from "../../src/core/dates";
import { createExcelRequestOperations } from "../../src/excel/requests";
import { planInit } from "../excel/support";
import { createWireExcel } from "./officeClient";

const FILE = path.join(__dirname, "wire", "mention-comment-request.json");

test("the write request of one mention comment matches test/fake-excel/wire", async () => {
  const header = [
    "ID",
    "Fokusområde",
    "Indsats",
    "Handling/aktivitet",
    "Status",
    "Statusnote",
    "Ansvarlig",
    "Statusdato",
  ];
  const june = yearMonthToExcelSerial({ year: 2019, month: 6 });
  const host = createWireExcel(
    planInit(
      [["H-001", "Erhverv", "Netværk", "Messe i Wuxi", "%", "", "Mette Hansen <mh@a.dk>", june]],
      { header }
    )
  );
  const outcome = await createExcelRequestOperations(host.Excel, host.Office).sendRequests();
  expect(outcome.sent).toEqual(["mh@a.dk"]);
  const requests = host.server.exchanges.filter((e) => !e.request.includes("_RemoveReference"));
  // Read (plan, settings, comments), then the write.
  expect(requests).toHaveLength(2);
  const recorded = JSON.parse(requests[1].request);
  if (process.env.UPDATE_WIRE === "1")
    fs.writeFileSync(FILE, JSON.stringify(recorded, null, 1) + "\n");
  expect(recorded).toEqual(JSON.parse(fs.readFileSync(FILE, "utf8")));
  const add = Object.values(
    recorded.ObjectPaths as Record<
      string,
      { Name: string; ArgumentInfo?: { Arguments?: unknown[] } }
    >
  ).find((p) => p.Name === "Add");
  expect(add?.ArgumentInfo?.Arguments?.slice(1)).toEqual([
    {
      richContent: expect.stringMatching(
        /^<at id="0">Mette Hansen<\/at> Statusrunde december 2019/
      ),
      mentions: [{ id: 0, name: "Mette Hansen", email: "mh@a.dk" }],
    },
    "Mention",
  ]);
});
