// The pane's messages: the error of the last operation and its success notice, each a
// MessageBar the user can dismiss.

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";

export interface PaneMessagesProps {
  error: string | null;
  notice: string | null;
  onDismissError: () => void;
  onDismissNotice: () => void;
}

function Dismiss(props: { onClick: () => void }) {
  const t = useT();
  return (
    <Button
      appearance="transparent"
      aria-label={t("taskpane.error.dismiss")}
      icon={<DismissRegular />}
      onClick={props.onClick}
    />
  );
}

export default function PaneMessages(props: PaneMessagesProps) {
  return (
    <>
      {props.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{props.error}</MessageBarBody>
          <MessageBarActions containerAction={<Dismiss onClick={props.onDismissError} />} />
        </MessageBar>
      )}
      {props.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{props.notice}</MessageBarBody>
          <MessageBarActions containerAction={<Dismiss onClick={props.onDismissNotice} />} />
        </MessageBar>
      )}
    </>
  );
}
