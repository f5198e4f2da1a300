import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, importSizeProblem } from './limits';

describe('importSizeProblem', () => {
  it('lets a file up to the limit through', () => {
    expect(importSizeProblem('regio.json', IMPORT_MAX_BYTES)).toBeNull();
  });
  it('says how large the file is, what the limit is and what to do instead', () => {
    expect(importSizeProblem('alles.json', 268 * 1024 * 1024)).toBe(
      'alles.json is 268 MB; Regiodossier leest bestanden tot 50 MB in. Laat het bestand per regio exporteren (in de app: Gegevens exporteren in een dossier met één regio, of op de opdrachtregel: export --region). Er is niets ingelezen.',
    );
  });
});
