/** Agreement ids from `?ids=a,b,c`: well-formed UUIDs only, each once, in the given order. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_REVIEW_SELECTION = 500;

export function parseReviewIds(params: URLSearchParams): { ids: string[]; invalid: number } {
  const raw = params
    .getAll('ids')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const ids = [...new Set(raw.filter((v) => UUID.test(v)).map((v) => v.toLowerCase()))];
  return {
    ids: ids.slice(0, MAX_REVIEW_SELECTION),
    invalid: raw.filter((v) => !UUID.test(v)).length,
  };
}
