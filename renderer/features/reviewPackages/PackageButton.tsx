import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReviewPackageSource } from '../../../shared/schemas/reviewPackage';
import { MakePackageModal } from './MakePackageModal';

/** "Beoordelingspakket maken…" with its dialog, for a source (a meeting's agenda). */
export function PackageButton(props: { source: ReviewPackageSource; what: string }) {
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={dialog.open}>
        Beoordelingspakket maken…
      </Button>
      <MakePackageModal opened={opened} onClose={dialog.close} {...props} />
    </>
  );
}
