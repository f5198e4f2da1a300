/** The typed client over window.regio: the only place renderer code touches the bridge. */
import type { Input, Method, Output } from '../shared/api/contract';
import type { Task, TaskInput, TaskOutput } from '../shared/api/tasks';
import type { AppEvent } from '../shared/api/events';
import type { RegioBridge } from '../shared/api/bridge';
import type { ErrorCode, FieldIssue } from '../shared/api/result';

declare global {
  interface Window {
    regio?: RegioBridge;
  }
}

/** A failed call, with the Dutch message and per-field issues from the main process. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** A long-running task (shared/api/tasks.ts): same bridge, same envelope. */
  task<T extends Task>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>>;
  on(event: AppEvent, callback: (payload: unknown) => void): () => void;
}

export type { AppEvent };

export function createApiClient(bridge: RegioBridge | undefined = window.regio): ApiClient {
  if (!bridge) {
    throw new Error('Regiodossier draait zonder verbinding met de app (window.regio ontbreekt).');
  }
  const call = async (name: string, input: unknown): Promise<never> => {
    const result = await bridge.invoke(name, input);
    if (!result.ok) {
      throw new ApiError(result.error.code, result.error.message, result.error.issues ?? []);
    }
    return result.value as never;
  };
  return {
    invoke: (method, input) => call(method, input),
    task: (task, input) => call(task, input),
    on: (event, callback) => bridge.on(event, callback),
  };
}
