// One titled section of the pane: a landmark labelled by its h2, so screen readers list the
// sections. The heading can take focus from script (e.g. "see the problems") but is not a tab
// stop.

import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
});

export function PaneSection(props: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} tabIndex={-1} className={styles.heading}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}
