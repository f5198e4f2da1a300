/**
 * Beoordelingspakket maken in the app (issue 23): the save dialog with the package's own name,
 * then the package (and its standalone page) recorded and written in one go
 * (makeReviewPackage: a file that cannot be written leaves nothing recorded).
 */
import path from 'node:path';
import { DomainError } from '../../shared/api/result';
import type { TaskOutput, TaskParsedInput } from '../../shared/api/tasks';
import { todayIso } from '../../shared/dates';
import { safeFileName } from '../../shared/fileNames';
import { REVIEW_PACKAGE_EXTENSION } from '../../shared/review/formats';
import type { Api } from '../api/createApi';
import { makeReviewPackage } from '../api/reviewPackageBuild';
import { previewPackage } from '../api/reviewPackageBuild';
import { requireContact } from '../api/lookups';
import { writePackageFiles } from '../review/packageFiles';

/** "Regio Utrecht-Oost - beoordeling Hans Smit - 22-11-2026.regiodossier-beoordeling". */
export function packageFileName(regionName: string, reviewerName: string, isoDay: string) {
  const [y, m, d] = isoDay.split('-');
  return `${safeFileName(`${regionName} - beoordeling ${reviewerName} - ${d}-${m}-${y}`)}${REVIEW_PACKAGE_EXTENSION}`;
}

export function createReviewPackageFiles(deps: {
  api: Api;
  chooseSave: (suggestion: { title: string; fileName: string }) => Promise<string | null>;
}) {
  return {
    make: async ({
      html,
      ...request
    }: TaskParsedInput<'review.makePackage'>): Promise<TaskOutput<'review.makePackage'>> => {
      const { api } = deps;
      if (api.readOnly) {
        throw new DomainError(
          'forbidden',
          'Dit dossier is alleen-lezen: er kan geen pakket worden vastgelegd.',
        );
      }
      // Checked before the dialog: a pakket that cannot be made asks for no file.
      const preview = previewPackage(api.ctx, request.source, request.includeConfidential);
      const reviewer = requireContact(api.ctx, request.reviewerId, 'reviewerId');
      const file = await deps.chooseSave({
        title: 'Beoordelingspakket opslaan',
        fileName: packageFileName(preview.regionName, reviewer.name, todayIso(api.ctx.clock())),
      });
      if (!file) return null;
      let page: string | null = null;
      const pkg = makeReviewPackage(api.ctx, request, (made) => {
        page = writePackageFiles(file, made, { withPage: html, now: api.ctx.clock() });
      });
      return {
        name: path.basename(file),
        path: file,
        pageName: page === null ? null : path.basename(page),
        reviewerName: pkg.reviewer.name,
        agreements: pkg.agreements.length,
      };
    },
  };
}
