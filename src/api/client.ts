import { apiSchemas, type RacedeskApi } from './index';
import { ApiCallError, type ApiEnvelope } from './envelope';

/** Carries one call to the services and brings back its envelope (IPC in Electron, HTTP in the browser host). */
export type ApiTransport = (method: string, args: unknown[]) => Promise<ApiEnvelope>;

/** Builds a typed `RacedeskApi` whose methods go through `transport`; envelope errors become `ApiCallError`s. */
export function createApiClient(transport: ApiTransport): RacedeskApi {
  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [area, methods] of Object.entries(apiSchemas)) {
    client[area] = {};
    for (const method of Object.keys(methods)) {
      client[area][method] = async (...args: unknown[]) => {
        const envelope = await transport(`${area}.${method}`, args);
        if (!envelope.ok) throw new ApiCallError(envelope.error);
        return envelope.value;
      };
    }
  }
  return client as unknown as RacedeskApi;
}
