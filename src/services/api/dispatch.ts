import { apiSchemas, localOnlyMethods, type RacedeskApi } from '../../api';
import type { ApiEnvelope } from '../../api/envelope';
import { isRacedeskError } from '../../domain/errors';

export interface DispatchOptions {
  /** False over HTTP: methods that take local paths are refused. */
  allowLocalPaths: boolean;
  /** Where unexpected failures (bugs) are logged. */
  logBug?: (error: unknown, method: string) => void;
}

/**
 * Validates one call's payload against its schema and runs it on the services. Both transports go through
 * here, so a payload that fails the schema never reaches a service, whichever door it came in by.
 */
export async function dispatch(
  api: RacedeskApi,
  method: string,
  args: unknown,
  options: DispatchOptions,
): Promise<ApiEnvelope> {
  const [area, name, ...rest] = method.split('.');
  const schemas = (apiSchemas as Record<string, Record<string, { safeParse: (value: unknown) => { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>>)[area];
  const schema = rest.length === 0 && schemas && Object.hasOwn(schemas, name) ? schemas[name] : undefined;
  if (!schema) return { ok: false, error: { code: 'not-found', message: `No such method: ${method}` } };
  if (localOnlyMethods.has(method) && !options.allowLocalPaths) {
    return { ok: false, error: { code: 'forbidden', message: `${method} is not available from a web page` } };
  }
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error?.issues[0];
    const where = issue?.path.length ? `argument ${issue.path.map(String).join('.')}` : 'arguments';
    return { ok: false, error: { code: 'bad-input', message: `${method}: ${where}: ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const target = (api as unknown as Record<string, Record<string, (...values: unknown[]) => Promise<unknown>>>)[area];
    const value = await target[name](...(parsed.data as unknown[]));
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (isRacedeskError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    options.logBug?.(error, method);
    return { ok: false, error: { code: 'internal', message: `Racedesk hit an internal error in ${method}; it has been logged.` } };
  }
}
