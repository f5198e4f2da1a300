import { DomainError } from '../../shared/api/result';
import { writer, type ApiContext } from './context';
import { defineHandlers } from './handler';
import { requireTheme } from './lookups';
import { findThemeByName } from './themeNames';

/** Names are unique without regard to case (themeNames.ts). */
function assertFreeName(ctx: ApiContext, name: string, ownId?: string) {
  if (findThemeByName(ctx, name, ownId)) {
    const message = `Er is al een thema met de naam ${name}.`;
    throw new DomainError('conflict', message, [{ path: 'name', message }]);
  }
}

export const themeHandlers = defineHandlers({
  'themes.list': (ctx, { includeArchived }) => ctx.repos.themes.list(includeArchived),
  'themes.create': (ctx, { name }) => {
    assertFreeName(ctx, name);
    return ctx.repos.themes.create(name, writer(ctx));
  },
  'themes.rename': (ctx, { id, name }) => {
    const theme = requireTheme(ctx, id);
    assertFreeName(ctx, name, id);
    return ctx.repos.themes.update(theme, { name, archivedAt: theme.archivedAt }, writer(ctx));
  },
  'themes.archive': (ctx, { id, archived }) => {
    const theme = requireTheme(ctx, id);
    const w = writer(ctx);
    const archivedAt = archived ? (theme.archivedAt ?? w.now) : null;
    return ctx.repos.themes.update(theme, { name: theme.name, archivedAt }, w);
  },
});
