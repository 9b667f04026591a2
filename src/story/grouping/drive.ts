// One grouping algorithm over two kinds of index state: an in-memory one that answers at once (analyze,
// evals) and store tables that a PostgreSQL client answers only asynchronously. The algorithm is a
// generator that yields each question it has for the state; a driver answers them, synchronously or
// awaiting, so the steps are written once.

export type MaybePromise<T> = T | Promise<T>;

/** A question for the state: called with it, it answers (now, or as a promise). */
export type Ask<S> = (state: S) => unknown;

/** The algorithm's way to ask the state: `const x = yield* ask((s) => s.postings(keys))`. */
export function* ask<S, T>(question: (state: S) => MaybePromise<T>): Generator<Ask<S>, T, unknown> {
  return (yield question) as T;
}

/** Runs the steps over a state that answers at once; a promise from it is a programmer error. */
export function runSync<S, T>(steps: Generator<Ask<S>, T, unknown>, state: S): T {
  let next = steps.next();
  while (!next.done) {
    const answer = next.value(state);
    if (answer instanceof Promise) throw new Error('this index state answers asynchronously: use the async form');
    next = steps.next(answer);
  }
  return next.value;
}

/** Runs the steps, awaiting each answer. */
export async function runAsync<S, T>(steps: Generator<Ask<S>, T, unknown>, state: S): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await next.value(state));
  return next.value;
}
