/**
 * A beoordelingspakket on disk (issue 23): the package file and, when asked, its standalone page
 * beside it ("x.regiodossier-beoordeling" and "x.html"), written whole; when the page cannot be
 * written the package is removed again, so a failure leaves neither. The app's Beoordelingspakket
 * maken and the CLI's review-package both write through here (inside makeReviewPackage's
 * transaction, so nothing is recorded either).
 */
import fs from 'node:fs';
import { REVIEW_PACKAGE_EXTENSION, type ReviewPackage } from '../../shared/review/formats';
import { writeWholeFile } from './reviewFiles';
import { reviewPageHtml } from './reviewPage';

const NOTHING_RECORDED = 'Er is niets vastgelegd.';

/** The standalone page's path beside its package: "x.regiodossier-beoordeling" → "x.html". */
export const packagePagePath = (file: string) =>
  `${file.toLowerCase().endsWith(REVIEW_PACKAGE_EXTENSION) ? file.slice(0, -REVIEW_PACKAGE_EXTENSION.length) : file}.html`;

/** Writes the package (and its page); answers the page's path, or null without one. */
export function writePackageFiles(
  file: string,
  pkg: ReviewPackage,
  options: { withPage: boolean; now: Date },
): string | null {
  writeWholeFile(file, `${JSON.stringify(pkg, null, 2)}\n`, NOTHING_RECORDED);
  if (!options.withPage) return null;
  const page = packagePagePath(file);
  try {
    writeWholeFile(page, reviewPageHtml(pkg, { now: options.now }), NOTHING_RECORDED);
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  return page;
}
