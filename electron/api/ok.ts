export const ok = { ok: true } as const;
