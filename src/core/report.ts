import type { Diagnostic, DiagnosticLevel } from './model.js';

/** How readers and stages say something about one input without throwing (vfile-style). */
export interface Report {
  info(message: string, rule: string, place?: { start: number; end: number }): void;
  warn(message: string, rule: string, place?: { start: number; end: number }): void;
  error(message: string, rule: string, place?: { start: number; end: number }): void;
}

/** A Report that appends to `sink`, stamping each message with its source and origin. */
export function reporter(sink: Diagnostic[], source: string, origin?: string): Report {
  const push = (level: DiagnosticLevel) => (message: string, rule: string, place?: { start: number; end: number }) => {
    const d: Diagnostic = { level, message, source, rule };
    if (origin !== undefined) d.origin = origin;
    if (place) { d.start = place.start; d.end = place.end; }
    sink.push(d);
  };
  return { info: push('info'), warn: push('warning'), error: push('error') };
}
