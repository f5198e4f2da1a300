import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, type ReactNode } from 'react';
import { fileOpenResult } from '../../../shared/schemas/dossierFile';
import { useApi } from '../../data/apiContext';
import { notifyError } from '../../components/feedback';
import { useOpenPackage } from './openPackage';
import { PackageReview } from './PackageReview';
import { useWindowDrop } from './useWindowDrop';

/**
 * Review mode over the dossier: `children` (the app's screens) stay mounted but hidden while a
 * beoordelingspakket is open, so closing it returns to the same screen as it was. Packages come
 * from Bestand → Openen… (useDossierFiles), from the system at start or while running (a
 * double-click: review.takeOpened and the 'review-package' event) and from a drop on the window.
 */
export function ReviewMode({ children }: { children: ReactNode }) {
  const api = useApi();
  const { open, refused, show, close: closePackage, dismissRefusal } = useOpenPackage();
  // Back in the dossier: reading goes on at its content.
  const close = useCallback(() => {
    closePackage();
    requestAnimationFrame(() => document.getElementById('inhoud')?.focus());
  }, [closePackage]);
  useWindowDrop();

  useEffect(() => {
    let live = true;
    api.task('review.takeOpened', {}).then(
      (result) => live && result && show(result),
      (error: unknown) => live && notifyError(error),
    );
    const offs = [
      api.on('review-package', (payload) => {
        const parsed = fileOpenResult.safeParse(payload);
        if (parsed.success && parsed.data) show(parsed.data);
      }),
      // A screen chosen in the menu: back to the dossier, on that screen.
      api.on('navigate', () => close()),
    ];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, [api, show, close]);

  return (
    <>
      <div hidden={open !== null}>{children}</div>
      {open && <PackageReview key={open.package.packageId} pkg={open.package} onClose={close} />}
      <Modal
        opened={refused !== null}
        onClose={dismissRefusal}
        title="Beoordelingspakket niet geopend"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Sluiten' }}
      >
        {refused && (
          <Stack>
            <Alert color="red.9" title={`${refused.name} is niet geopend`} role="alert">
              {refused.message}
            </Alert>
            <Text size="sm">Wat u open had, blijft open.</Text>
            <Group justify="flex-end">
              <Button onClick={dismissRefusal}>Sluiten</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
