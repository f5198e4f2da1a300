import { parseArgs } from 'node:util';
import { usageError } from './io';

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  db: string | undefined;
  debug: boolean;
  help: boolean;
  region: string | undefined;
  meeting: string | undefined;
  /** `overdracht`: the person who leaves, by name or id. */
  person: string | undefined;
  force: boolean;
  profile: string | undefined;
  seed: string | undefined;
  out: string | undefined;
  from: string | undefined;
  to: string | undefined;
  sections: string | undefined;
  marking: string | undefined;
  minutes: string | undefined;
  noMinutesText: boolean;
  title: string | undefined;
  author: string | undefined;
  includeConfidential: boolean;
  /** `dossier`: the afspraken as the register's overview only, without a card each. */
  withoutCards: boolean;
  /** `review-respond`: the reviewer's name, as in the package. */
  reviewerName: string | undefined;
  /** `review-respond`: ids of agreements marked akkoord, comma-separated (may be repeated). */
  akkoord: string[];
  /** `review-respond`: `<id>=<text>`, one remark each (may be repeated). */
  remark: string[];
  /** `review-respond`: the general remark. */
  general: string | undefined;
  /** `review-package`: the reviewer, by name or id. */
  reviewer: string | undefined;
  /** `review-package`: ids of the agreements, comma-separated. */
  agreements: string | undefined;
  /** `review-package`: the message to the reviewer. */
  message: string | undefined;
  /** `review-package`: reply by this date. */
  replyBy: string | undefined;
  /** `review-package`: also the standalone page. */
  html: boolean;
  /** Who makes the changes (the history's actor); else REGIODOSSIER_USER, else the OS user. */
  user: string | undefined;
  /** Options the user actually gave (to refuse ones that do not belong to the command). */
  given: string[];
}

const OPTIONS = {
  db: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  region: { type: 'string' },
  meeting: { type: 'string' },
  person: { type: 'string' },
  force: { type: 'boolean' },
  profile: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  sections: { type: 'string' },
  marking: { type: 'string' },
  minutes: { type: 'string' },
  'no-minutes-text': { type: 'boolean' },
  title: { type: 'string' },
  author: { type: 'string' },
  'include-confidential': { type: 'boolean' },
  'no-cards': { type: 'boolean' },
  'reviewer-name': { type: 'string' },
  akkoord: { type: 'string', multiple: true },
  remark: { type: 'string', multiple: true },
  general: { type: 'string' },
  reviewer: { type: 'string' },
  agreements: { type: 'string' },
  message: { type: 'string' },
  'reply-by': { type: 'string' },
  html: { type: 'boolean' },
  user: { type: 'string' },
} as const;

/** Parses argv (without node and script); unknown options are wrong usage (exit 2). */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? '';
      throw usageError(`Onbekende optie ${option}. Zie --help.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--?[a-z-]+)/.exec(message)?.[1] ?? 'deze optie';
      throw usageError(`Optie ${option} verwacht een waarde. Zie --help.`);
    }
    throw usageError(`Ongeldige opdrachtregel. Zie --help.`);
  }
  const { values, positionals } = parsed;
  return {
    command: positionals[0],
    positionals: positionals.slice(1),
    db: values.db,
    debug: values.debug ?? false,
    help: values.help ?? false,
    region: values.region,
    meeting: values.meeting,
    person: values.person,
    force: values.force ?? false,
    profile: values.profile,
    seed: values.seed,
    out: values.out,
    from: values.from,
    to: values.to,
    sections: values.sections,
    marking: values.marking,
    minutes: values.minutes,
    noMinutesText: values['no-minutes-text'] ?? false,
    title: values.title,
    author: values.author,
    includeConfidential: values['include-confidential'] ?? false,
    withoutCards: values['no-cards'] ?? false,
    reviewerName: values['reviewer-name'],
    akkoord: values.akkoord ?? [],
    remark: values.remark ?? [],
    general: values.general,
    reviewer: values.reviewer,
    agreements: values.agreements,
    message: values.message,
    replyBy: values['reply-by'],
    html: values.html ?? false,
    user: values.user,
    given: Object.keys(values).filter((k) => !['db', 'debug', 'help', 'user'].includes(k)),
  };
}
