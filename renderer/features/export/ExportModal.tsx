import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { ExportProgress } from './ExportProgress';
import type { useExportTask } from './useExportTask';

/**
 * The dialog of a PDF export: its choices (`children`) until the export starts, then its
 * progress and result. Escape and the close button close it, or while the export runs break it
 * off; clicking beside it does nothing (the choices are not lost by accident).
 */
export function ExportModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The sentence before the file's name: "De notulen zijn opgeslagen als" (plural). */
  saved: string;
  task: ReturnType<typeof useExportTask>;
  size?: string;
  children: (close: () => void) => ReactNode;
}) {
  const { task } = props;
  const running = task.status?.state === 'running';
  const close = () => {
    if (running) return void task.cancel();
    task.reset();
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.title}
      size={props.size}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': running ? 'Exporteren afbreken' : 'Sluiten' }}
    >
      {props.opened &&
        (task.status ? (
          <ExportProgress
            status={task.status}
            cancelling={task.cancelling}
            saved={props.saved}
            error={task.error}
            onCancel={() => void task.cancel()}
            onOpen={() => void task.open()}
            onShowInFolder={() => void task.showInFolder()}
            onAgain={task.reset}
            onClose={close}
          />
        ) : (
          props.children(close)
        ))}
    </Modal>
  );
}
