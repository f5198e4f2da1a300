/**
 * The afsprakenregister's order in the dossier (issue 21): grouped by theme (an agreement under
 * its first theme; those without one last), then by status in the register's order, then by
 * title with numbers read as numbers ("Afspraak 91" before "Afspraak 622").
 */
import {
  AGREEMENT_STATUSES,
  AGREEMENT_STATUS_LABELS,
  type AgreementStatus,
} from '../../../shared/domain';

export const NO_THEME = 'Zonder thema';

const titles = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

interface Orderable {
  title: string;
  status: AgreementStatus;
  themes: readonly { name: string }[];
}

export interface StatusGroup<A> {
  status: AgreementStatus;
  label: string;
  agreements: A[];
}
export interface ThemeGroup<A> {
  theme: string;
  statuses: StatusGroup<A>[];
}

export function registerGroups<A extends Orderable>(agreements: readonly A[]): ThemeGroup<A>[] {
  const byTheme = new Map<string, A[]>();
  for (const a of agreements) {
    const theme = [...a.themes].sort((x, y) => titles.compare(x.name, y.name))[0]?.name ?? NO_THEME;
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), a]);
  }
  const themes = [...byTheme.keys()].sort((x, y) =>
    x === NO_THEME ? 1 : y === NO_THEME ? -1 : titles.compare(x, y),
  );
  return themes.map((theme) => {
    const list = byTheme.get(theme)!;
    return {
      theme,
      statuses: AGREEMENT_STATUSES.map((status) => ({
        status,
        label: AGREEMENT_STATUS_LABELS[status],
        agreements: list
          .filter((a) => a.status === status)
          .sort((x, y) => titles.compare(x.title, y.title)),
      })).filter((g) => g.agreements.length > 0),
    };
  });
}
