import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { request, type Agent } from 'node:http';
import type { AnswerError } from './hub';

export interface RawAnswer<Json = any> {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  readonly json: Json;
}

/** The JSON body of a GraphQL answer to a typed operation. */
export interface GraphQLBody<Data> {
  readonly data?: Data | null;
  readonly errors?: AnswerError[];
}

export interface RawRequest {
  readonly method?: string;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  /**
   * The client address to send from: any 127.x.y.z reaches a server on 127.0.0.1, so one test
   * can act as several clients of a per-address limit.
   */
  readonly from?: string;
  readonly agent?: Agent;
}

/** One HTTP request exactly as given (any body, any header), for tests of the gateway's edges. */
export function sendRaw(url: string, options: RawRequest = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
        ...(options.from ? { localAddress: options.from } : {}),
        ...(options.agent ? { agent: options.agent } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

type PostOptions = Omit<RawRequest, 'body'> & { token?: string };

/**
 * A GraphQL operation through the gateway, from a chosen client address. An operation written
 * with test/graphql's generated `graphql()` is typed (variables and `json`); a plain string is
 * for operations built at run time or ones the gateway must refuse.
 */
export function postGraphQL<Data, Variables>(
  url: string,
  body: { query: TypedDocumentNode<Data, Variables>; variables: NoInfer<Variables> },
  options?: PostOptions,
): Promise<RawAnswer<GraphQLBody<Data>>>;
export function postGraphQL(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  options?: PostOptions,
): Promise<RawAnswer>;
export function postGraphQL(
  url: string,
  body: {
    query: string | TypedDocumentNode<unknown, unknown>;
    variables?: unknown;
    operationName?: string;
  },
  options: PostOptions = {},
): Promise<RawAnswer> {
  const { token, ...rest } = options;
  const query = typeof body.query === 'string' ? body.query : print(body.query);
  return sendRaw(url, {
    ...rest,
    body: JSON.stringify({ ...body, query }),
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(rest.headers ?? {}) },
  });
}

/** The sum of every sample of a Prometheus counter or histogram count in a /metrics text. */
export function metricTotal(metricsText: string, name: string, labels: string[] = []): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!labels.every((label) => line.includes(label))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
