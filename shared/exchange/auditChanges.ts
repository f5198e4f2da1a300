/**
 * The `changes` of a history line in the exchange format (docs/exchange-format.md, auditLog),
 * with limits (issue 19): they were unbounded, and a value nested 10,000 deep gave an internal
 * error, 1,000 deep a misleading conflict (SQLite's JSON stops at 1,000), and a 20 MB value was
 * taken. What the app writes is far inside these limits: a field's old and new value, a few
 * levels deep at most, and a rich text of up to 200,000 characters.
 */
import { z } from '../zod';

export const AUDIT_CHANGE_LIMITS = {
  /** Fields in one history line (an agreement, the largest record, has about 30). */
  fields: 200,
  /** Length of a field's name. */
  fieldName: 100,
  /** Nesting of lists and objects in one old or new value (the app's own are a few deep). */
  depth: 20,
  /** One text in a value: the longest text field of the format (rich text, 200,000). */
  textChars: 200_000,
  /** One field's change, old and new value together, written as JSON. */
  entryChars: 1_000_000,
} as const;

const nl = (n: number) => n.toLocaleString('nl-NL');

/**
 * Why one value is beyond the limits, or null. Walks without recursion, so a value nested
 * 10,000 deep is measured, not a stack overflow.
 */
function valueProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > AUDIT_CHANGE_LIMITS.textChars) {
        return `Een tekst in deze wijziging is te lang: hoogstens ${nl(AUDIT_CHANGE_LIMITS.textChars)} tekens.`;
      }
    } else if (v !== null && typeof v === 'object') {
      if (depth + 1 > AUDIT_CHANGE_LIMITS.depth) {
        return `Deze wijziging is te diep genest: hoogstens ${AUDIT_CHANGE_LIMITS.depth} niveaus van lijsten en objecten.`;
      }
      for (const [key, child] of Object.entries(v)) {
        if (key.length > AUDIT_CHANGE_LIMITS.textChars) {
          return `Een naam in deze wijziging is te lang: hoogstens ${nl(AUDIT_CHANGE_LIMITS.textChars)} tekens.`;
        }
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

/** One field's change: its old and new value (any JSON), within the limits. */
const change = z
  .object({ from: z.unknown(), to: z.unknown() })
  .strict()
  .superRefine((entry, ctx) => {
    for (const side of ['from', 'to'] as const) {
      const problem = valueProblem(entry[side]);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [side], message: problem });
        return;
      }
    }
    if (JSON.stringify(entry).length > AUDIT_CHANGE_LIMITS.entryChars) {
      ctx.addIssue({
        code: 'custom',
        message: `Deze wijziging is te groot: oude en nieuwe waarde samen hoogstens ${nl(AUDIT_CHANGE_LIMITS.entryChars)} tekens.`,
      });
    }
  });

export const auditChanges = z
  .record(
    z.string().max(AUDIT_CHANGE_LIMITS.fieldName, {
      error: `De naam van een veld is hoogstens ${AUDIT_CHANGE_LIMITS.fieldName} tekens`,
    }),
    change,
  )
  .superRefine((changes, ctx) => {
    const count = Object.keys(changes).length;
    if (count > AUDIT_CHANGE_LIMITS.fields) {
      ctx.addIssue({
        code: 'custom',
        message: `Te veel velden in één geschiedenisregel: ${nl(count)}, hoogstens ${AUDIT_CHANGE_LIMITS.fields}.`,
      });
    }
  });

/** The limits in a sentence (the JSON Schema's description of `changes`). */
export const AUDIT_CHANGES_DESCRIPTION =
  `Per veld de oude en nieuwe waarde. Hoogstens ${AUDIT_CHANGE_LIMITS.fields} velden; ` +
  `per waarde hoogstens ${AUDIT_CHANGE_LIMITS.depth} niveaus van lijsten en objecten en ` +
  `teksten van hoogstens ${nl(AUDIT_CHANGE_LIMITS.textChars)} tekens; per veld oude en ` +
  `nieuwe waarde samen als JSON hoogstens ${nl(AUDIT_CHANGE_LIMITS.entryChars)} tekens.`;
