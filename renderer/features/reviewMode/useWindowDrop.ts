import { useEffect } from 'react';
import {
  REVIEW_FILE_MAX_BYTES,
  REVIEW_PACKAGE_EXTENSION,
  REVIEW_RESPONSE_EXTENSION,
  reviewFileTooLarge,
} from '../../../shared/review/formats';
import { useApi } from '../../data/apiContext';
import { notifyError } from '../../components/feedback';
import { useOpenPackage } from './openPackage';
import { useResponseImport } from '../reviewPackages/responseImport';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A file dropped on the window: a beoordelingspakket opens in review mode (checked whole in the
 * main process, task review.readPackage); a response is read in (Reactie inlezen). Other files are left to the screens: a dropped file
 * never makes the window navigate away.
 */
export function useWindowDrop() {
  const api = useApi();
  const show = useOpenPackage((s) => s.show);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // A reviewer's response: read in as Reactie inlezen… does.
      if (file.name.toLowerCase().endsWith(REVIEW_RESPONSE_EXTENSION)) {
        return useResponseImport.getState().read(file);
      }
      if (!file.name.toLowerCase().endsWith(REVIEW_PACKAGE_EXTENSION)) return;
      if (file.size > REVIEW_FILE_MAX_BYTES) {
        const message = `${reviewFileTooLarge(file.size, 'package')} Uw dossier is niet veranderd.`;
        return show({ state: 'refused', name: file.name, message, canRecover: false });
      }
      void file
        .text()
        .then((text) => api.task('review.readPackage', { text, fileName: file.name }))
        .then((result) => result && show(result))
        .catch(notifyError);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [api, show]);
}
