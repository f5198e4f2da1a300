/** What the crash test's writer does at step i, and the name it gives what it writes. */
export const STEP_KINDS = ['regio', 'notulen', 'actie', 'overleg'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const stepKind = (i: number): StepKind => STEP_KINDS[(i - 1) % STEP_KINDS.length]!;

/** "Crash 3 actie nr 7": the round, the kind and the step. */
export const crashName = (round: number | string, kind: StepKind, i: number) =>
  `Crash ${round} ${kind} nr ${i}`;

/** The step number in a name made by crashName. */
export const stepOf = (name: string): number => Number(name.split(' nr ')[1]);
