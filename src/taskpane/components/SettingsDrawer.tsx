// Indstillinger: the pane's two switches, in an overlay Drawer opened from the footer. It says
// which setting is the user's own (automatic status date, while the pane is open) and which is
// stored in the workbook for everyone (open the pane with the workbook). Modal: focus stays in
// it, Esc closes it and focus returns to the settings button.

import {
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import type { Taskpane } from "../useTaskpane";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  setting: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  scope: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface SettingsDrawerProps {
  open: boolean;
  pane: Taskpane;
  onClose: () => void;
}

export default function SettingsDrawer({ open, pane, onClose }: SettingsDrawerProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <OverlayDrawer
      open={open}
      position="end"
      size="small"
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t("taskpane.settings.close")}
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {t("taskpane.settings.title")}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <div className={styles.setting}>
          <Switch
            checked={pane.autoStatus}
            label={t("taskpane.auto.label")}
            onChange={(_, data) => pane.setAutoStatus(data.checked)}
          />
          <Text size={200} className={styles.scope}>
            {t("taskpane.settings.yours")}
          </Text>
          <Caption1 className={styles.note}>{t("taskpane.auto.hint")}</Caption1>
        </div>
        {pane.canAutoOpen && (
          <div className={styles.setting}>
            <Switch
              checked={pane.autoOpen}
              label={t("taskpane.autoOpen.label")}
              onChange={(_, data) => pane.changeAutoOpen(data.checked)}
            />
            <Text size={200} className={styles.scope}>
              {t("taskpane.settings.shared")}
            </Text>
            <Caption1 className={styles.note}>{t("taskpane.autoOpen.hint")}</Caption1>
          </div>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
