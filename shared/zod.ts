import { z } from 'zod';

// Every message zod produces is Dutch: the same schemas validate forms, IPC, CLI and import files.
z.config(z.locales.nl());

export { z };
