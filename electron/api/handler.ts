import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import type { ApiContext } from './context';

/** A plain, synchronous function over the database; the dispatcher runs it in a transaction. */
export type Handler<M extends Method> = (ctx: ApiContext, input: ParsedInput<M>) => Output<M>;
export type HandlerTable = { [M in Method]: Handler<M> };

/** Typed helper for one domain's slice of the handler table. */
export const defineHandlers = <K extends Method>(handlers: { [M in K]: Handler<M> }) => handlers;
