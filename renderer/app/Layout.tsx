import {
  Alert,
  AppShell,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  Select,
  Text,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { DossierExportModal } from '../features/export/DossierExportModal';
import { FirstRun } from '../features/firstRun/FirstRun';
import { RegionFormModal } from '../features/regions/RegionFormModal';
import { useLoadDemo } from '../features/firstRun/useLoadDemo';
import { RestoreModal } from '../features/backups/RestoreModal';
import { UserProfilePrompt } from '../features/settings/UserProfilePrompt';
import { useFileInfo } from '../features/files/DossierFileCard';
import { FileOutcomeModal } from '../features/files/FileOutcomeModal';
import { ResponseImportHost } from '../features/reviewPackages/ResponseImportHost';
import { useDossierFiles } from '../features/files/useDossierFiles';
import { reviewing, useOpenPackage } from '../features/reviewMode/openPackage';
import { WarningAlert } from '../components/WarningAlert';
import { useBackupNow } from '../features/backups/useBackupNow';
import { useApi } from '../data/apiContext';
import { useQuery } from '../data/data';
import { activeNavigation, NAVIGATION } from './navigation';
import { useCurrentRegion } from '../data/useCurrentRegion';

export function Layout() {
  const info = useQuery('app.info', {});
  const current = useCurrentRegion();
  const navigate = useNavigate();
  const location = useLocation();
  const api = useApi();
  const [newRegionOpen, newRegion] = useDisclosure(false);
  const [exportOpen, exportDialog] = useDisclosure(false);
  const [restoreOpen, restoreDialog] = useDisclosure(false);
  const loadDemo = useLoadDemo();
  const { run: backupNow } = useBackupNow();
  const files = useDossierFiles();
  const fileInfo = useFileInfo();
  const reviewMode = useOpenPackage((s) => s.open !== null);

  // Also from a field or the editor, as the Electron menu's accelerators (which take these keys
  // first there): the shortcuts work the same in browser mode, and what was typed is saved on
  // the way out (useThrottledSave flushes when the screen closes).
  useHotkeys(
    [
      // Not in review mode: the dossier is hidden behind it.
      ...NAVIGATION.map((n): [string, () => void] => [
        `mod+${n.shortcut}`,
        () => !reviewing() && navigate(n.path),
      ]),
      // As the menu's Bestand → Regiodossier exporteren….
      ['mod+P', () => !reviewing() && current.regionId && exportDialog.open()],
    ],
    [],
    true,
  );
  const active = activeNavigation(location.pathname);

  // Commands from the Electron menu.
  useEffect(() => {
    const offs = [
      api.on('navigate', (path) => typeof path === 'string' && navigate(path)),
      api.on('new-region', () => newRegion.open()),
      api.on('load-demo', () => void loadDemo()),
      api.on('export-pdf', () => exportDialog.open()),
      api.on('backup-now', () => void backupNow()),
      api.on('restore-backup', () => restoreDialog.open()),
      api.on('file-new', () => void files.newDossier()),
      api.on('file-open', () => void files.open()),
      api.on('file-save-copy', () => void files.saveCopy()),
      api.on('open-search', () =>
        document.querySelector<HTMLInputElement>('[data-search]')?.focus(),
      ),
    ];
    return () => offs.forEach((off) => off());
  }, [api, navigate, newRegion, loadDemo, exportDialog, restoreDialog, backupNow, files]);

  if (info.data === undefined && info.error) {
    return (
      <Center h="100vh" component="main">
        <Alert color="red" title="Regiodossier kon niet worden gestart" role="alert" maw={560}>
          {info.error.message}
          <div>
            <Button mt="sm" variant="default" onClick={info.reload} loading={info.loading}>
              Opnieuw proberen
            </Button>
          </div>
        </Alert>
      </Center>
    );
  }
  if (info.data === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label="Regiodossier laden…" />
      </Center>
    );
  }
  const shell = (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <a
        className="skip-link"
        href="#inhoud"
        onClick={(e) => {
          // With the hash router, following "#inhoud" would open a route called "inhoud".
          e.preventDefault();
          document.getElementById('inhoud')?.focus();
        }}
      >
        Naar de inhoud
      </a>
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Text fw={700} size="lg" c="blue.9">
            Regiodossier
          </Text>
          <Group gap="sm">
            <Select
              aria-label="Regio"
              placeholder="Kies een regio"
              data={current.regions.map((r) => ({ value: r.id, label: r.name }))}
              value={current.regionId}
              onChange={(id) => id && void current.select(id)}
              allowDeselect={false}
              w={260}
            />
            <Button variant="default" onClick={newRegion.open}>
              Nieuwe regio
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Hoofdmenu">
        <nav aria-label="Hoofdmenu">
          {NAVIGATION.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              active={active === item.path}
              color="blue.9"
              aria-current={active === item.path ? 'page' : undefined}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id="inhoud" tabIndex={-1}>
        {fileInfo.data?.readOnly && (
          <WarningAlert title="Dit dossier is alleen-lezen" mb="md">
            Het bestand of de map is alleen-lezen: u kunt alles bekijken, maar wijzigingen worden
            niet opgeslagen. Werk verder in een kopie: Bestand → Kopie opslaan als…, en open die.
          </WarningAlert>
        )}
        {fileInfo.data?.warning && (
          <WarningAlert title="Dit dossier staat op een netwerkmap" mb="md">
            {fileInfo.data.warning}
          </WarningAlert>
        )}
        <Outlet />
      </AppShell.Main>
      <RegionFormModal opened={newRegionOpen} onClose={newRegion.close} />
      <DossierExportModal opened={exportOpen} onClose={exportDialog.close} />
    </AppShell>
  );
  // In the same place in both trees, so a restore that fills an empty dossier keeps its dialog.
  return (
    <>
      {info.data.empty ? <FirstRun onRestore={restoreDialog.open} /> : shell}
      {/* A reviewer opening a package is not asked who works on this computer. */}
      {!info.data.empty && !reviewMode && <UserProfilePrompt />}
      <RestoreModal opened={restoreOpen} onClose={restoreDialog.close} />
      <FileOutcomeModal onRestore={restoreDialog.open} />
      <ResponseImportHost />
    </>
  );
}
