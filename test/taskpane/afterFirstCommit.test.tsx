/** @jest-environment jsdom */
// The pane's views are requested after the commit that shows its header: the first commit of
// AfterFirstCommit has no children (nothing of theirs renders, no lazy chunk is requested), the
// next has them.
import "@testing-library/jest-dom";
import { act, render, screen } from "@testing-library/react";
import { lazy, Suspense, useLayoutEffect } from "react";
import { AfterFirstCommit } from "../../src/taskpane/components/AfterFirstCommit";

describe("AfterFirstCommit", () => {
  it("renders its children in the commit after, and only then asks for a lazy one's module", async () => {
    const commits: string[] = [];
    function Header() {
      useLayoutEffect(() => void commits.push("header"));
      return <h1>header</h1>;
    }
    const load = jest.fn(async () => {
      commits.push("view requested");
      return { default: () => <p>view</p> };
    });
    const View = lazy(load);
    await act(async () => {
      render(
        <>
          <Header />
          <AfterFirstCommit>
            <Suspense fallback={null}>
              <View />
            </Suspense>
          </AfterFirstCommit>
        </>
      );
    });
    expect(await screen.findByText("view")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    expect(commits.slice(0, 2)).toEqual(["header", "view requested"]);
  });
});
