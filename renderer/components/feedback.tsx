import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { pushEscapeLayer } from './escapeLayer';

/** Mantine's close button has no accessible name of its own. */
const CLOSE = { 'aria-label': 'Melding sluiten' };

export function notifySaved(message: string) {
  notifications.show({ message, color: 'green', autoClose: 4000, closeButtonProps: CLOSE });
}

export function notifyError(error: unknown) {
  notifications.show({
    title: 'Dat lukte niet',
    message: error instanceof Error ? error.message : String(error),
    color: 'red',
    autoClose: 8000,
    closeButtonProps: CLOSE,
  });
}

/**
 * Asks before a destructive action; resolves true when the user confirms. The dialog is named by
 * its title and described by its message (read out when it opens); `focusConfirm` starts on the
 * confirm button instead of the first control.
 */
export function confirmAction(options: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  focusConfirm?: boolean;
}): Promise<boolean> {
  return new Promise((resolve) => {
    // Escape closes this question only, not a dialog it was asked from.
    let popEscape = () => {};
    const answer = (yes: boolean) => {
      popEscape();
      resolve(yes);
    };
    const id = modals.openConfirmModal({
      title: options.title,
      children: <Text size="sm">{options.message}</Text>,
      labels: { confirm: options.confirmLabel, cancel: 'Annuleren' },
      confirmProps: {
        color: options.danger ? 'red.9' : undefined,
        'data-autofocus': options.focusConfirm || undefined,
      },
      onConfirm: () => answer(true),
      onCancel: () => answer(false),
      onClose: () => answer(false),
    });
    popEscape = pushEscapeLayer(() => modals.close(id));
  });
}

/** After a move to the Prullenbak: says so, with an undo button. */
export function notifyTrashed(label: string, undo: () => Promise<unknown>) {
  notifyWithUndo(`${label} staat nu in de prullenbak.`, undo, `${label} is teruggezet.`);
}

/**
 * Says what happened, with an "Ongedaan maken" button that runs `undo` and says so. Answers the
 * notification's id (to hide it when the change is undone elsewhere).
 */
export function notifyWithUndo(
  message: string,
  undo: () => Promise<unknown>,
  undone: string,
): string {
  const id = notifications.show({
    message: (
      <span>
        {message}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            notifications.hide(id);
            undo().then(() => notifySaved(undone), notifyError);
          }}
        >
          Ongedaan maken
        </button>
      </span>
    ),
    color: 'blue',
    autoClose: 10000,
    closeButtonProps: CLOSE,
  });
  return id;
}
