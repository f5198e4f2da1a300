import { z } from 'zod';

// Every message zod produces is Dutch: the same schemas validate forms, IPC, CLI and import files.
z.config(z.locales.nl());
// A field that is left out entirely (schemas without their own message for it).
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'Dit veld ontbreekt' : undefined,
});

export { z };
