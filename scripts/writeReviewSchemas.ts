/**
 * Writes docs/review-package.schema.json and docs/review-response.schema.json from the zod
 * schemas of shared/review/formats.ts (`npm run schema`).
 * tests/integration/reviewSchemas.test.ts fails when a committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  contentHash,
  REVIEW_FORMAT_VERSION,
  REVIEW_PACKAGE_EXTENSION,
  REVIEW_RESPONSE_EXTENSION,
  reviewPackage,
  reviewResponse,
} from '../shared/review/formats';
import { isMain, zodJsonSchemaText, type SchemaNames } from './zodJsonSchema';

const hashName = (names: SchemaNames) =>
  names.add(contentHash, {
    id: 'controlecode',
    description:
      'SHA-256 (64 tekens 0-9 en a-f) van de afspraak zonder controlecode, als canonieke JSON',
  });

/** Each schema file with its text. */
export function reviewJsonSchemaTexts(): { file: string; text: string }[] {
  return [
    {
      file: path.join('docs', 'review-package.schema.json'),
      text: zodJsonSchemaText(
        reviewPackage,
        {
          $id: `https://regiodossier.nl/schema/review-package-v${REVIEW_FORMAT_VERSION}.json`,
          title: `Regiodossier-beoordelingspakket (${REVIEW_PACKAGE_EXTENSION})`,
          description: `Beoordelingspakket versie ${REVIEW_FORMAT_VERSION}; zie docs/review-package.md.`,
        },
        hashName,
      ),
    },
    {
      file: path.join('docs', 'review-response.schema.json'),
      text: zodJsonSchemaText(
        reviewResponse,
        {
          $id: `https://regiodossier.nl/schema/review-response-v${REVIEW_FORMAT_VERSION}.json`,
          title: `Regiodossier-reactie op een beoordelingspakket (${REVIEW_RESPONSE_EXTENSION})`,
          description: `Reactie versie ${REVIEW_FORMAT_VERSION}; zie docs/review-package.md.`,
        },
        hashName,
      ),
    },
  ];
}

if (isMain('writeReviewSchemas.ts')) {
  for (const { file, text } of reviewJsonSchemaTexts()) {
    fs.writeFileSync(path.resolve(file), text);
    console.log(`Geschreven: ${path.resolve(file)}`);
  }
}
