import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The dialog around a form (new or edited record, a status change): the form is mounted only
 * while the dialog is open, so each opening starts from what is stored (or the draft), and by
 * default a click outside does not close it, so a half-filled form is not lost by a stray click.
 */
export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Default 'lg' (a form with several fields). */
  size?: MantineSize;
  /** Default false; true for a dialog that only asks a choice. */
  closeOnClickOutside?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'lg'}
      closeOnClickOutside={props.closeOnClickOutside ?? false}
    >
      {props.opened && props.children}
    </Modal>
  );
}
